using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Journeys.ReferringOn;
using Hubs.Web.Features.Privacy;
using Hubs.Web.Features.ServiceDirectory;

namespace Hubs.Web.Features.Journeys.TriagingReferral;

public static class TriageReferralDecision
{
    /// <summary>
    /// Triage follows submission (screening is optional); an outcome other than assess closes the journey. Signposting
    /// to a service of the Hub's directory (<paramref name="service"/>, loaded for the command's id) is recorded as an
    /// onward signpost at triage too.
    /// </summary>
    public static Decision Decide(
        Journey journey,
        TriageReferral command,
        Guid clinicianId,
        DateTimeOffset now,
        ServiceListing? service = null
    )
    {
        ArgumentNullException.ThrowIfNull(journey);
        ArgumentNullException.ThrowIfNull(command);
        if (journey.HasEnded)
        {
            return JourneyRules.Ended(journey);
        }

        if (journey.Status is not (JourneyStatus.Submitted or JourneyStatus.Screened))
        {
            return Decision.Refuse("already-triaged", "This referral has already been triaged.");
        }

        var outcome = command.Outcome ?? TriageOutcome.Assess;
        var signpostsToService = outcome == TriageOutcome.SignpostElsewhere && command.ServiceId is not null;
        if (signpostsToService && ReferOnDecision.Unusable(journey, service) is { } unusable)
        {
            return unusable;
        }

        var signpostedTo = outcome == TriageOutcome.SignpostElsewhere ? Blank(command.SignpostedTo) : null;
        var triaged = new ReferralTriaged(
            journey.Id,
            now,
            clinicianId,
            outcome,
            Personal.Of(journey.SealedWith, command.Reason.Trim()),
            SignpostedTo: null,
            Signposted: signpostedTo is null ? null : Personal.Of(journey.SealedWith, signpostedTo)
        );
        return signpostsToService
            ? Decision.Accept(
                triaged,
                new OnwardReferralRecorded(
                    journey.Id,
                    Guid.CreateVersion7(now),
                    now,
                    clinicianId,
                    OnwardStage.Triage,
                    OnwardKind.Signpost,
                    service!.Id,
                    service.Details.Kind,
                    command.SignpostReason ?? OnwardReason.OutsideHubOffer,
                    null
                )
            )
            : Decision.Accept(triaged);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
