using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Privacy;
using Hubs.Web.Features.ServiceDirectory;

namespace Hubs.Web.Features.Journeys.ReferringOn;

public static class ReferOnDecision
{
    /// <summary>
    /// An open journey can be sent on to a current service of its own Hub's directory; a review needs an assessment.
    /// </summary>
    public static Decision Decide(
        Journey journey,
        ReferOn command,
        ServiceListing? service,
        Guid referralId,
        Guid clinicianId,
        DateTimeOffset now
    )
    {
        ArgumentNullException.ThrowIfNull(journey);
        ArgumentNullException.ThrowIfNull(command);
        if (journey.HasEnded)
        {
            return JourneyRules.Ended(journey);
        }

        var stage = command.Stage ?? OnwardStage.Review;
        if (stage == OnwardStage.Review && journey.AssessedAt is null)
        {
            return Decision.Refuse("not-assessed", "A review comes after the assessment: choose triage or assessment.");
        }

        if (Unusable(journey, service) is { } refused)
        {
            return refused;
        }

        return Decision.Accept(
            new OnwardReferralRecorded(
                journey.Id,
                referralId,
                now,
                clinicianId,
                stage,
                command.Kind ?? OnwardKind.Signpost,
                service!.Id,
                service.Details.Kind,
                command.Reason ?? OnwardReason.Other,
                Personal.Text(journey.SealedWith, command.Note)
            )
        );
    }

    /// <summary>
    /// Why a named service cannot be used for this journey: another Hub's (the same answer as none) or archived.
    /// </summary>
    public static Decision? Unusable(Journey journey, ServiceListing? service)
    {
        ArgumentNullException.ThrowIfNull(journey);
        if (service is null || service.HubId != journey.HubId)
        {
            return Decision.Refuse("service-not-found", "There is no such service in your Hub's directory.");
        }

        return service.Archived
            ? Decision.Refuse("service-archived", "This service is archived in your Hub's directory: choose another.")
            : null;
    }

    /// <summary>An outcome can be recorded, and recorded again as it changes, even after the journey ended.</summary>
    public static Decision Outcome(
        Journey journey,
        Guid referralId,
        RecordOnwardOutcome command,
        Guid clinicianId,
        DateTimeOffset now
    )
    {
        ArgumentNullException.ThrowIfNull(journey);
        ArgumentNullException.ThrowIfNull(command);
        if (journey.FindOnwardReferral(referralId) is null)
        {
            return Decision.Refuse("no-such-referral", "This journey has no such onward referral.");
        }

        return Decision.Accept(
            new OnwardReferralOutcomeRecorded(
                journey.Id,
                referralId,
                now,
                clinicianId,
                command.Outcome ?? OnwardOutcome.Unknown
            )
        );
    }
}
