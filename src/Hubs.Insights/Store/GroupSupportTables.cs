namespace Hubs.Insights.Store;

/// <summary>
/// Reflective group meetings (one row per meeting: its key, the series' kind and sector, status, reason code and head
/// count; the latest stream version wins) and their anonymous ratings (one row per answer: two codes). No department,
/// facilitator or name. Idempotent, applied by <c>migrate</c>.
/// </summary>
internal static class GroupSupportTables
{
    public const string Ddl = """
        CREATE TABLE IF NOT EXISTS insights.group_meetings (
            meeting_key text PRIMARY KEY,
            hub_id text NOT NULL,
            stream_version bigint NOT NULL,
            iso_week text NOT NULL,
            month text NOT NULL,
            kind text NOT NULL,
            sector text NOT NULL,
            status text NOT NULL,
            reason text,
            attendance_count integer
        );
        CREATE TABLE IF NOT EXISTS insights.group_meeting_ratings (
            meeting_key text NOT NULL,
            stream_version bigint NOT NULL,
            hub_id text NOT NULL,
            month text NOT NULL,
            kind text NOT NULL,
            sector text NOT NULL,
            useful text NOT NULL,
            felt_safe text NOT NULL,
            PRIMARY KEY (meeting_key, stream_version)
        );
        """;
}
