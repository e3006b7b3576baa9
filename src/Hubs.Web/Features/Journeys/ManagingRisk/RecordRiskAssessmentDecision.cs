using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Privacy;
using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Features.Journeys.ManagingRisk;

public static class RecordRiskAssessmentDecision
{
    /// <summary>
    /// Project rule: a risk review is due within 3 months (91 days) of the assessment, and not in the past.
    /// </summary>
    public const int LongestReviewDays = 91;

    /// <summary>
    /// Any stage of an open journey; the review date is in the Hub's calendar (<paramref name="today"/>).
    /// </summary>
    public static Decision Decide(
        Journey journey,
        RecordRiskAssessment command,
        Guid clinicianId,
        DateTimeOffset now,
        DateOnly today
    )
    {
        ArgumentNullException.ThrowIfNull(journey);
        ArgumentNullException.ThrowIfNull(command);
        if (journey.HasEnded)
        {
            return JourneyRules.Ended(journey);
        }

        var reviewBy = command.ReviewBy ?? today;
        if (reviewBy < today)
        {
            return Decision.Refuse("review-date-in-past", "The review date must be today or later.");
        }

        if (reviewBy > today.AddDays(LongestReviewDays))
        {
            return Decision.Refuse(
                "review-date-too-far",
                $"Review the risk within {LongestReviewDays} days (3 months)."
            );
        }

        var formulation = new RiskFormulation(
            command.RiskFactors.Trim(),
            command.ProtectiveFactors.Trim(),
            command.Plan.Trim()
        );
        return Decision.Accept(
            new RiskAssessmentRecorded(
                journey.Id,
                now,
                clinicianId,
                command.Level ?? RiskLevel.None,
                reviewBy,
                Personal.Of(journey.SealedWith, formulation)
            )
        );
    }
}
