using FluentValidation;
using Hubs.ServiceDefaults.Auth;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Journeys.ReadModels;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.Journeys.ChangingResearchConsent;

/// <summary>
/// Research contact on the keyworker's own journey: the current answer and a yes/no to change it, at any time, with
/// the same validator and decision as <c>POST /api/journeys/{id}/research-consent</c>.
/// </summary>
[Authorize(Policy = HubsPolicies.Keyworker)]
public sealed class ResearchContactModel(
    IDocumentSession session,
    IValidator<ChangeResearchConsent> validator,
    TimeProvider clock
) : OwnJourneyPage(session, clock)
{
    [BindProperty]
    public string? Consent { get; set; }

    /// <summary>The current answer: null when never given.</summary>
    public bool? Current { get; private set; }

    [BindProperty(SupportsGet = true)]
    public bool Saved { get; set; }

    protected override string FormField => nameof(Consent);

    protected override async Task<bool> PrepareAsync(CancellationToken cancellationToken)
    {
        Current = (await Session.LoadAsync<EvaluationRecord>(JourneyId, cancellationToken))?.ResearchContactConsented;
        return true;
    }

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var command = new ChangeResearchConsent(
            Consent switch
            {
                "yes" => true,
                "no" => false,
                _ => null,
            }
        );
        foreach (var error in validator.Validate(command).Errors)
        {
            ModelState.AddModelError(nameof(Consent), error.ErrorMessage);
        }

        var now = Clock.GetUtcNow();
        return WriteAsync(
            journey => ChangeResearchConsentDecision.Decide(journey, command, now),
            () => RedirectToPage(new { JourneyId, saved = true }),
            cancellationToken
        );
    }
}
