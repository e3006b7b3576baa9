using Hubs.Contracts.Journeys;
using Hubs.Insights.Store;

namespace Hubs.Insights.Consumers;

/// <summary>Records the discharge reason code for its pseudonymous journey.</summary>
public sealed class JourneyDischargedConsumer(ApplyOnce applyOnce)
    : MilestoneConsumer<JourneyDischarged, JourneyDischargedConsumer>(applyOnce),
        IMilestoneEffect<JourneyDischarged>
{
    private static readonly RowSql Upsert = JourneyFactsSql.Upsert(
        "discharge_version",
        "discharge_month",
        "discharge_reason"
    );

    public static Statement[] Effect(JourneyDischarged message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var m = message;
        return [new Statement(Upsert, m.JourneyKey, m.HubId, m.StreamVersion, m.Month, m.Reason)];
    }
}

/// <summary>Records that the keyworker withdrew, and in which month.</summary>
public sealed class KeyworkerWithdrewConsumer(ApplyOnce applyOnce)
    : MilestoneConsumer<KeyworkerWithdrew, KeyworkerWithdrewConsumer>(applyOnce),
        IMilestoneEffect<KeyworkerWithdrew>
{
    private static readonly RowSql Upsert = JourneyFactsSql.Upsert("withdrawal_version", "withdrawal_month");

    public static Statement[] Effect(KeyworkerWithdrew message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return [new Statement(Upsert, message.JourneyKey, message.HubId, message.StreamVersion, message.Month)];
    }
}
