namespace Hubs.Insights.Store;

/// <summary>
/// Onward referrals (one row per referral: its journey and number, the destination's kind, never a name) and changes
/// of the planned intervention (one row per change). The referral and its outcome fill their own columns, so they
/// merge in either order; of two outcomes the later stream version wins. Idempotent, applied by <c>migrate</c>.
/// </summary>
internal static class OnwardTables
{
    public const string Ddl = """
        CREATE TABLE IF NOT EXISTS insights.onward_referrals (
            journey_key text NOT NULL,
            referral_number integer NOT NULL,
            hub_id text NOT NULL,
            month text,
            stage text,
            kind text,
            destination_kind text,
            reason text,
            outcome_version bigint,
            outcome text,
            PRIMARY KEY (journey_key, referral_number)
        );
        CREATE TABLE IF NOT EXISTS insights.care_steps (
            journey_key text NOT NULL,
            stream_version bigint NOT NULL,
            hub_id text NOT NULL,
            month text NOT NULL,
            from_intervention text NOT NULL,
            to_intervention text NOT NULL,
            direction text NOT NULL,
            PRIMARY KEY (journey_key, stream_version)
        );
        """;
}
