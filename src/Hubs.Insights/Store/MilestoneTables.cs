namespace Hubs.Insights.Store;

/// <summary>
/// The milestone columns of <c>insights.journey_facts</c> (each milestone its own, with the stream
/// version that decides between two of the same kind) and the row-per-item tables: appointment
/// outcomes by booking number, PHQ-9/GAD-7 pairs by stream version, and team activities.
/// Idempotent, so <c>migrate</c> upgrades a store created before these existed.
/// </summary>
internal static class MilestoneTables
{
    public const string Ddl = """
        ALTER TABLE insights.journey_facts
            ADD COLUMN IF NOT EXISTS screening_version bigint,
            ADD COLUMN IF NOT EXISTS screening_month text,
            ADD COLUMN IF NOT EXISTS phq9_band text,
            ADD COLUMN IF NOT EXISTS phq9_caseness boolean,
            ADD COLUMN IF NOT EXISTS gad7_band text,
            ADD COLUMN IF NOT EXISTS gad7_caseness boolean,
            ADD COLUMN IF NOT EXISTS screening_risk text,
            ADD COLUMN IF NOT EXISTS triage_version bigint,
            ADD COLUMN IF NOT EXISTS triage_month text,
            ADD COLUMN IF NOT EXISTS triage_outcome text,
            ADD COLUMN IF NOT EXISTS assessment_version bigint,
            ADD COLUMN IF NOT EXISTS assessment_month text,
            ADD COLUMN IF NOT EXISTS intervention text,
            ADD COLUMN IF NOT EXISTS days_to_assessment integer,
            ADD COLUMN IF NOT EXISTS discharge_version bigint,
            ADD COLUMN IF NOT EXISTS discharge_month text,
            ADD COLUMN IF NOT EXISTS discharge_reason text,
            ADD COLUMN IF NOT EXISTS withdrawal_version bigint,
            ADD COLUMN IF NOT EXISTS withdrawal_month text;
        CREATE TABLE IF NOT EXISTS insights.journey_appointments (
            journey_key text NOT NULL,
            appointment_number integer NOT NULL,
            hub_id text NOT NULL,
            stream_version bigint NOT NULL,
            month text NOT NULL,
            purpose text NOT NULL,
            outcome text NOT NULL,
            days_since_referral integer NOT NULL,
            PRIMARY KEY (journey_key, appointment_number)
        );
        CREATE TABLE IF NOT EXISTS insights.journey_measures (
            journey_key text NOT NULL,
            stream_version bigint NOT NULL,
            hub_id text NOT NULL,
            occasion text NOT NULL,
            phq9 integer NOT NULL,
            gad7 integer NOT NULL,
            PRIMARY KEY (journey_key, stream_version)
        );
        CREATE TABLE IF NOT EXISTS insights.team_activities (
            activity_key text PRIMARY KEY,
            hub_id text NOT NULL,
            stream_version bigint NOT NULL,
            iso_week text NOT NULL,
            month text NOT NULL,
            kind text NOT NULL,
            status text NOT NULL,
            attendance_count integer
        );
        """;
}
