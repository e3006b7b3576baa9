namespace Hubs.Insights.Store;

/// <summary>
/// Issue 20's allocation and appointment-time rows: a journey's latest allocation (whether it met the ticked wishes,
/// a code) and each booked appointment's month, purpose and out-of-hours flag, the higher stream version winning in
/// any arrival order. Idempotent, applied by <c>migrate</c>.
/// </summary>
internal static class AllocationAndHoursTables
{
    public const string Ddl = """
        CREATE TABLE IF NOT EXISTS insights.allocations (
            journey_key text PRIMARY KEY,
            hub_id text NOT NULL,
            stream_version bigint NOT NULL,
            month text NOT NULL,
            wishes text NOT NULL
        );
        CREATE TABLE IF NOT EXISTS insights.appointment_times (
            journey_key text NOT NULL,
            appointment_number integer NOT NULL,
            hub_id text NOT NULL,
            stream_version bigint NOT NULL,
            month text NOT NULL,
            purpose text NOT NULL,
            out_of_hours boolean NOT NULL,
            PRIMARY KEY (journey_key, appointment_number)
        );
        """;
}
