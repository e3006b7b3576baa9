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
public sealed class WithdrawModel(IDocumentSession session, IValidator<WithdrawJourney> validator, TimeProvider clock) : PageModel
{
    [FromRoute] public Guid JourneyId { get; set; }

    [BindProperty] public string? Reason { get; set; }

    [BindProperty] public long Version { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await OwnJourneys.LoadAsync(session, this, JourneyId, cancellationToken) is not { } journey)
        {
            return NotFound();
        }

        Version = await OwnJourneys.VersionAsync(session, JourneyId, cancellationToken);
        return journey.HasEnded ? RedirectToPage("/Journeys/ReadingOwnJourneys/MyJourneys") : Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await OwnJourneys.LoadAsync(session, this, JourneyId, cancellationToken) is null)
        {
            return NotFound();
        }

        var command = new WithdrawJourney(Reason);
        foreach (var error in validator.Validate(command).Errors)
        {
            ModelState.AddModelError(error.PropertyName, error.ErrorMessage);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = clock.GetUtcNow();
        var outcome = await OwnJourneys.WriteAsync(
            session, this, JourneyId, Version, now, journey => WithdrawJourneyDecision.Decide(journey, command, now), cancellationToken);
        switch (outcome.Status)
        {
            case AppendStatus.Written:
                return RedirectToPage("/Journeys/ReadingOwnJourneys/MyJourneys", new { done = "withdrawn" });
            case AppendStatus.NotFound:
                return NotFound();
            case AppendStatus.Refused:
                ModelState.AddModelError(nameof(Reason), outcome.Refusal!.Detail);
                return Page();
            default:
                Version = await OwnJourneys.VersionAsync(session, JourneyId, cancellationToken);
                ModelState.AddModelError(nameof(Reason), "Your referral changed while you were on this page. Check and confirm again.");
                return Page();
        }
    }
}
