using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Privacy;

namespace Hubs.Web.Features.Journeys.CompletingAssessment;

public static class CompleteAssessmentDecision
{
    /// <summary>Only a referral triaged to "assess" is assessed, and only once.</summary>
    public static Decision Decide(Journey journey, CompleteAssessment command, Guid clinicianId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(journey);
        ArgumentNullException.ThrowIfNull(command);
        if (journey.HasEnded)
        {
            return JourneyRules.Ended(journey);
        }

        if (journey.Status is JourneyStatus.Submitted or JourneyStatus.Screened)
        {
            return Decision.Refuse("not-triaged", "Triage this referral before recording an assessment.");
        }

        if (journey.AssessedAt is not null)
        {
            return Decision.Refuse("already-assessed", "An assessment has already been recorded for this journey.");
        }

        return Decision.Accept(
            new AssessmentCompleted(
                journey.Id,
                now,
                clinicianId,
                command.Intervention ?? InterventionType.Other,
                command.Phq9Total ?? 0,
                command.Gad7Total ?? 0,
                Personal.Of(journey.SealedWith, command.Formulation.Trim()),
                Personal.Of(journey.SealedWith, command.AgreedPlan.Trim())
            )
        );
    }
}
