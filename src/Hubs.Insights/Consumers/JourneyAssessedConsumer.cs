using Hubs.Contracts.Journeys;
using Hubs.Insights.Store;

namespace Hubs.Insights.Consumers;

/// <summary>
/// Records the intervention and wait to assessment, and the assessment's scores as the journey's first measures.
/// </summary>
public sealed class JourneyAssessedConsumer(ApplyOnce applyOnce)
    : MilestoneConsumer<JourneyAssessed, JourneyAssessedConsumer>(applyOnce),
        IMilestoneEffect<JourneyAssessed>
{
    private static readonly RowSql Upsert = JourneyFactsSql.Upsert(
        "assessment_version",
        "assessment_month",
        "intervention",
        "days_to_assessment"
    );

    public static Statement[] Effect(JourneyAssessed message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var m = message;
        return
        [
            new Statement(Upsert, m.JourneyKey, m.HubId, m.StreamVersion, m.Month, m.Intervention, m.DaysSinceReferral),
            new Statement(
                JourneyFactsSql.InsertMeasure,
                m.JourneyKey,
                m.StreamVersion,
                m.HubId,
                "assessment",
                m.Phq9Total,
                m.Gad7Total
            ),
        ];
    }
}
