using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Features.Journeys.AdministeringMeasure;

public static class AdministerMeasureDecision
{
    /// <summary>
    /// From triage on (the clinician's part of the journey) until it ends, any measure, scored exactly with the Hub's
    /// options (its PCL-5 cut-off). A risk item answered above 0 is raised at once, as at a session.
    /// </summary>
    public static Decision Decide(
        Journey journey,
        AdministerMeasure command,
        ScoringOptions options,
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

        if (journey.Status is JourneyStatus.Submitted or JourneyStatus.Screened)
        {
            return Decision.Refuse(
                "not-triaged",
                "A clinician gives a questionnaire from the assessment on; screening comes first."
            );
        }

        var answers = command.Answers ?? [];
        if (Scoring.Score(command.Measure ?? MeasureId.Phq9, answers, options) is not ScoreResult result)
        {
            return Decision.Refuse("invalid-answers", "Every question needs one of its own answers.");
        }

        var completed = MeasureCompleted.Of(
            journey,
            result,
            answers,
            command.Occasion ?? MeasureOccasion.Review,
            MeasureGivenBy.Clinician,
            clinicianId,
            now
        );
        return result.Risk > RiskLevel.None
            ? Decision.Accept(completed, new RiskFlagRaised(journey.Id, now, result.Risk, RiskSource.Session))
            : Decision.Accept(completed);
    }
}
