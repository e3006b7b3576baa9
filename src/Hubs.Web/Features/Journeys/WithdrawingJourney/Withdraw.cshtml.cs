using FluentValidation;
using Hubs.ServiceDefaults.Auth;
using Hubs.Web.Features.Journeys.Access;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hubs.Web.Features.Journeys.WithdrawingJourney;

/// <summary>The keyworker confirms they want to withdraw: the same command, rules and decision as the API.</summary>
[Authorize(Policy = HubsPolicies.Keyworker)]
public sealed class WithdrawModel(IDocumentSession session, IValidator<WithdrawJourney> validator, TimeProvider clock)
    : OwnJourneyPage(session, clock)
{
    [BindProperty]
    public string? Reason { get; set; }

    protected override string FormField => nameof(Reason);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var shown = await ShowAsync(cancellationToken);
        return shown is PageResult && Own.Ended ? RedirectToPage("/Journeys/ReadingOwnJourneys/MyJourneys") : shown;
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var command = new WithdrawJourney(Reason);
        foreach (var error in validator.Validate(command).Errors)
        {
            ModelState.AddModelError(error.PropertyName, error.ErrorMessage);
        }

        var now = Clock.GetUtcNow();
        return WriteAsync(
            journey => WithdrawJourneyDecision.Decide(journey, command, now),
            () => RedirectToPage("/Journeys/ReadingOwnJourneys/MyJourneys", new { done = "withdrawn" }),
            cancellationToken
        );
    }
}
