using Hubs.Contracts.Journeys;
using Hubs.Insights.Store;

namespace Hubs.Insights.Consumers;

/// <summary>Records the triage outcome code for its pseudonymous journey.</summary>
public sealed class JourneyTriagedConsumer(ApplyOnce applyOnce)
    : MilestoneConsumer<JourneyTriaged, JourneyTriagedConsumer>(applyOnce),
        IMilestoneEffect<JourneyTriaged>
{
    private static readonly RowSql Upsert = JourneyFactsSql.Upsert("triage_version", "triage_month", "triage_outcome");

    public static Statement[] Effect(JourneyTriaged message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var m = message;
        return [new Statement(Upsert, m.JourneyKey, m.HubId, m.StreamVersion, m.Month, m.Outcome)];
    }
}
