using Npgsql;

namespace Hubs.Insights.Store;

/// <summary>
/// The anonymised store, schema <c>insights</c>: pseudonymous per-journey facts, one row per appointment
/// outcome and per measure, team activities, and the ids of the messages already applied. No column
/// can hold a name, contact, free text or an exact date. Each milestone owns its own columns or rows,
/// so milestones merge in any order (a discharge may arrive before the screening); where a milestone
/// could come twice, the stream version decides which one counts, never the arrival order.
/// </summary>
public static class InsightsSchema
{
    private const string Ddl = """
        CREATE TABLE IF NOT EXISTS insights.processed_messages (
            message_id uuid PRIMARY KEY,
            processed_at timestamptz NOT NULL DEFAULT now()
        );
        CREATE TABLE IF NOT EXISTS insights.journey_facts (
            journey_key text PRIMARY KEY,
            hub_id text NOT NULL,
            referral_week text,
            referral_month text,
            sector text,
            staff_group text,
            age_band text,
            sex text,
            ethnicity_group text,
            disability text,
            is_re_referral boolean
        );
        CREATE INDEX IF NOT EXISTS journey_facts_hub_week ON insights.journey_facts (hub_id, referral_week);
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

    /// <summary>
    /// Empties every table of the insights schema, before a rebuild replays all milestones into it.
    /// Dashboards show partial figures until the replay finishes.
    /// </summary>
    public static async Task ResetAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        await using var command = dataSource.CreateCommand("""
            DO $$ DECLARE t text; BEGIN
              FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'insights' LOOP
                EXECUTE format('TRUNCATE insights.%I', t);
              END LOOP;
            END $$;
            """);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task ApplyAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        await using var command = dataSource.CreateCommand(Ddl);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
