using FluentValidation;
using Hubs.ServiceDefaults.Auth;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Journeys.WithdrawingJourney;
using JasperFx;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hubs.Web.Pages.My;

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
        return journey.HasEnded ? RedirectToPage("/Contact/MyJourneys") : Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            // Fetched for writing before anything else loads the journey, so the session tracks one copy of it.
            var stream = await session.Events.FetchForWriting<Journey>(JourneyId, Version, cancellationToken);
            if (KeyworkerCaller.FromPrincipal(User) is not { } caller || stream.Aggregate is not { } journey || !caller.Owns(journey))
            {
                return NotFound();
            }

            var command = new WithdrawJourney(Reason);
            foreach (var error in validator.Validate(command).Errors)
            {
                ModelState.AddModelError(error.PropertyName, error.ErrorMessage);
            }

            var decision = ModelState.IsValid ? WithdrawJourneyDecision.Decide(journey, command, clock.GetUtcNow()) : null;
            if (decision?.Refusal is { } refusal)
            {
                ModelState.AddModelError(nameof(Reason), refusal.Detail);
            }

            if (!ModelState.IsValid)
            {
                return Page();
            }

            stream.AppendMany(decision!.Events);
            await session.SaveChangesAsync(cancellationToken);
            return RedirectToPage("/Contact/MyJourneys", new { done = "withdrawn" });
        }
        catch (ConcurrencyException)
        {
            Version = await OwnJourneys.VersionAsync(session, JourneyId, cancellationToken);
            ModelState.AddModelError(nameof(Reason), "Your referral changed while you were on this page. Check and confirm again.");
            return Page();
        }
    }
}
