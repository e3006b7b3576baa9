namespace Hubs.Insights.Store;

/// <summary>
/// <c>insights.team_session_ratings</c>: one row per anonymous rating of a team activity, by its place in the
/// activity's stream (a redelivered or republished rating changes nothing): two codes with the activity's key, kind
/// and month. No journey key, rating code or time of the answer. Idempotent, applied by <c>migrate</c>.
/// </summary>
internal static class TeamSessionRatingsTable
{
    public const string Ddl = """
        CREATE TABLE IF NOT EXISTS insights.team_session_ratings (
            activity_key text NOT NULL,
            stream_version bigint NOT NULL,
            hub_id text NOT NULL,
            month text NOT NULL,
            kind text NOT NULL,
            value text NOT NULL,
            felt_safe text NOT NULL,
            PRIMARY KEY (activity_key, stream_version)
        );
        """;
}
