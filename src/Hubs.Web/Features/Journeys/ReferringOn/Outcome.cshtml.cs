using FluentValidation;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.ServiceDirectory;
using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.Journeys.ReferringOn;

/// <summary>
/// What came of an onward referral: the validator and decision of
/// <c>POST /api/journeys/{id}/onward-referrals/{referralId}/outcome</c>.
/// </summary>
public sealed class OutcomeModel(IDocumentSession session, ClinicClock clock, IValidator<RecordOnwardOutcome> validator)
    : JourneyPage(session, clock)
{
    [FromRoute]
    public Guid ReferralId { get; set; }

    [BindProperty]
    public string? Outcome { get; set; }

    public OnwardEntry? OnwardReferral { get; private set; }

    public string ServiceName { get; private set; } = "";

    protected override string What => "onward-outcome-form";

    /// <summary>
    /// An unknown referral shows the form with a message; recording on it is refused by the decision.
    /// </summary>
    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var command = new RecordOnwardOutcome(Words.Parse<OnwardOutcome>(Outcome));
        Validate(validator, command);
        return WriteAsync(
            journey => ReferOnDecision.Outcome(journey, ReferralId, command, Me.Id, Times.Now),
            "Outcome recorded.",
            cancellationToken
        );
    }

    protected override async Task PrepareAsync(CancellationToken cancellationToken)
    {
        var record = await Session.LoadAsync<OnwardRecord>(Id, cancellationToken);
        OnwardReferral = record?.Referrals.FirstOrDefault(r => r.Id == ReferralId);
        if (OnwardReferral is { } referral)
        {
            var service = await Session.LoadAsync<ServiceListing>(referral.ServiceId, cancellationToken);
            ServiceName = service is null
                ? ServiceWords.Of(referral.ServiceKind)
                : ServiceWords.Named(service.Details.Name, service.Details.Kind);
            Outcome ??= referral.Outcome?.ToString();
        }
    }
}
