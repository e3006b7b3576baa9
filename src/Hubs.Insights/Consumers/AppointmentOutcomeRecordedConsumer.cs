using Hubs.Contracts.Journeys;
using Hubs.Insights.Store;

namespace Hubs.Insights.Consumers;

/// <summary>
/// One row per appointment of a journey, keyed by its booking number: counts of attended, missed and
/// cancelled appointments and the wait to the first attended treatment are read from these rows, so
/// they come out the same in any arrival order.
/// </summary>
public sealed class AppointmentOutcomeRecordedConsumer(ApplyOnce applyOnce)
    : MilestoneConsumer<AppointmentOutcomeRecorded, AppointmentOutcomeRecordedConsumer>(applyOnce),
        IMilestoneEffect<AppointmentOutcomeRecorded>
{
    private static readonly MessageRow<AppointmentOutcomeRecorded> Row = MessageRow.Latest<AppointmentOutcomeRecorded>(
        "insights.journey_appointments",
        keyLength: 2,
        ("journey_key", m => m.JourneyKey),
        ("appointment_number", m => m.AppointmentNumber),
        ("hub_id", m => m.HubId),
        ("stream_version", m => m.StreamVersion),
        ("month", m => m.Month),
        ("purpose", m => m.Purpose),
        ("outcome", m => m.Outcome),
        ("days_since_referral", m => m.DaysSinceReferral)
    );

    public static Statement[] Effect(AppointmentOutcomeRecorded message) => [Row.Of(message)];
}
