using Hubs.Contracts.Journeys;
using Hubs.Insights.Store;

namespace Hubs.Insights.Consumers;

/// <summary>A journey's allocation: the later one (by stream version) replaces an earlier one.</summary>
public sealed class JourneyAllocatedConsumer(ApplyOnce applyOnce)
    : MilestoneConsumer<JourneyAllocated, JourneyAllocatedConsumer>(applyOnce),
        IMilestoneEffect<JourneyAllocated>
{
    private static readonly RowSql Upsert = new(
        """
        INSERT INTO insights.allocations AS a (journey_key, hub_id, stream_version, month, wishes)
        VALUES ($1, $2, $3, $4, $5)
        ON CONFLICT (journey_key) DO UPDATE SET
            hub_id = EXCLUDED.hub_id, stream_version = EXCLUDED.stream_version, month = EXCLUDED.month,
            wishes = EXCLUDED.wishes
        WHERE EXCLUDED.stream_version > a.stream_version
        """,
        KeyLength: 1
    );

    public static Statement[] Effect(JourneyAllocated message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var m = message;
        return [new Statement(Upsert, m.JourneyKey, m.HubId, m.StreamVersion, m.Month, m.Wishes)];
    }
}

/// <summary>A booked or moved appointment's time facts, by booking number; the later version wins.</summary>
public sealed class AppointmentScheduledConsumer(ApplyOnce applyOnce)
    : MilestoneConsumer<AppointmentScheduled, AppointmentScheduledConsumer>(applyOnce),
        IMilestoneEffect<AppointmentScheduled>
{
    private static readonly RowSql Upsert = new(
        """
        INSERT INTO insights.appointment_times AS t
            (journey_key, appointment_number, hub_id, stream_version, month, purpose, out_of_hours)
        VALUES ($1, $2, $3, $4, $5, $6, $7)
        ON CONFLICT (journey_key, appointment_number) DO UPDATE SET
            hub_id = EXCLUDED.hub_id, stream_version = EXCLUDED.stream_version, month = EXCLUDED.month,
            purpose = EXCLUDED.purpose, out_of_hours = EXCLUDED.out_of_hours
        WHERE EXCLUDED.stream_version > t.stream_version
        """,
        KeyLength: 2
    );

    public static Statement[] Effect(AppointmentScheduled message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var m = message;
        return
        [
            new Statement(
                Upsert,
                m.JourneyKey,
                m.AppointmentNumber,
                m.HubId,
                m.StreamVersion,
                m.Month,
                m.Purpose,
                m.OutOfHours
            ),
        ];
    }
}
