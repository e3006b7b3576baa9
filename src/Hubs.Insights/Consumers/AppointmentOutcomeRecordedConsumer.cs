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
    private static readonly RowSql Upsert = new(
        """
        INSERT INTO insights.journey_appointments AS a
            (journey_key, appointment_number, hub_id, stream_version, month, purpose, outcome, days_since_referral)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
        ON CONFLICT (journey_key, appointment_number) DO UPDATE SET
            hub_id = EXCLUDED.hub_id, stream_version = EXCLUDED.stream_version, month = EXCLUDED.month,
            purpose = EXCLUDED.purpose, outcome = EXCLUDED.outcome, days_since_referral = EXCLUDED.days_since_referral
        WHERE EXCLUDED.stream_version > a.stream_version
        """,
        KeyLength: 2
    );

    public static Statement[] Effect(AppointmentOutcomeRecorded message)
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
                m.Outcome,
                m.DaysSinceReferral
            ),
        ];
    }
}
