using Hubs.Contracts.Journeys;
using Hubs.Insights.Store;

namespace Hubs.Insights.Consumers;

/// <summary>Records the screening's bands, caseness and risk level for its pseudonymous journey.</summary>
public sealed class JourneyScreenedConsumer(ApplyOnce applyOnce)
    : MilestoneConsumer<JourneyScreened, JourneyScreenedConsumer>(applyOnce),
        IMilestoneEffect<JourneyScreened>
{
    private static readonly RowSql Upsert = JourneyFactsSql.Upsert(
        "screening_version",
        "screening_month",
        "phq9_band",
        "phq9_caseness",
        "gad7_band",
        "gad7_caseness",
        "screening_risk"
    );

    public static Statement[] Effect(JourneyScreened message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var m = message;
        return
        [
            new Statement(
                Upsert,
                m.JourneyKey,
                m.HubId,
                m.StreamVersion,
                m.Month,
                m.Phq9Band,
                m.Phq9Caseness,
                m.Gad7Band,
                m.Gad7Caseness,
                m.Risk
            ),
        ];
    }
}
