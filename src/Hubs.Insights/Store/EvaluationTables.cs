namespace Hubs.Insights.Store;

/// <summary>
/// Issue 19's own tables: experience responses and work outcomes by journey and occasion, presenting themes by
/// journey. Codes and counts only (never an item's answer); the higher stream version wins, whatever the arrival
/// order. Idempotent, so <c>migrate</c> adds them to an existing store.
/// </summary>
internal static class EvaluationTables
{
    public const string Ddl = """
        CREATE TABLE IF NOT EXISTS insights.experience_responses (
            journey_key text NOT NULL,
            occasion text NOT NULL,
            hub_id text NOT NULL,
            stream_version bigint NOT NULL,
            month text NOT NULL,
            overall text NOT NULL,
            items_answered integer NOT NULL,
            positive_items integer NOT NULL,
            PRIMARY KEY (journey_key, occasion)
        );
        CREATE TABLE IF NOT EXISTS insights.work_outcomes (
            journey_key text NOT NULL,
            occasion text NOT NULL,
            hub_id text NOT NULL,
            stream_version bigint NOT NULL,
            month text NOT NULL,
            sick_days integer NOT NULL,
            work_status text NOT NULL,
            leaving text NOT NULL,
            PRIMARY KEY (journey_key, occasion)
        );
        CREATE TABLE IF NOT EXISTS insights.presenting_themes (
            journey_key text PRIMARY KEY,
            hub_id text NOT NULL,
            stream_version bigint NOT NULL,
            month text NOT NULL,
            themes text[] NOT NULL
        );
        """;
}
