using Hubs.Contracts.Journeys;
using Hubs.Insights.Store;

namespace Hubs.Insights.Consumers;

/// <summary>A journey's allocation: the later one (by stream version) replaces an earlier one.</summary>
public sealed class JourneyAllocatedConsumer(ApplyOnce applyOnce)
    : MilestoneConsumer<JourneyAllocated, JourneyAllocatedConsumer>(applyOnce),
        IMilestoneEffect<JourneyAllocated>
{
    private static readonly MessageRow<JourneyAllocated> Row = MessageRow.Latest<JourneyAllocated>(
        "insights.allocations",
        keyLength: 1,
        ("journey_key", m => m.JourneyKey),
        ("hub_id", m => m.HubId),
        ("stream_version", m => m.StreamVersion),
        ("month", m => m.Month),
        ("wishes", m => m.Wishes)
    );

    public static Statement[] Effect(JourneyAllocated message) => [Row.Of(message)];
}

/// <summary>A booked or moved appointment's time facts, by booking number; the later version wins.</summary>
public sealed class AppointmentScheduledConsumer(ApplyOnce applyOnce)
    : MilestoneConsumer<AppointmentScheduled, AppointmentScheduledConsumer>(applyOnce),
        IMilestoneEffect<AppointmentScheduled>
{
    private static readonly MessageRow<AppointmentScheduled> Row = MessageRow.Latest<AppointmentScheduled>(
        "insights.appointment_times",
        keyLength: 2,
        ("journey_key", m => m.JourneyKey),
        ("appointment_number", m => m.AppointmentNumber),
        ("hub_id", m => m.HubId),
        ("stream_version", m => m.StreamVersion),
        ("month", m => m.Month),
        ("purpose", m => m.Purpose),
        ("out_of_hours", m => m.OutOfHours)
    );

    public static Statement[] Effect(AppointmentScheduled message) => [Row.Of(message)];
}
