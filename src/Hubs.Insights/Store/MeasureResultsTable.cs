namespace Hubs.Insights.Store;

/// <summary>
/// <c>insights.measure_results</c>: one row per completed questionnaire by its place in the journey's stream (so a
/// redelivered or republished result changes nothing), with codes, caseness and, for PHQ-9 and GAD-7 only, the
/// total. A rebuild empties it with every other table of the schema and replays it.
/// </summary>
internal static class MeasureResultsTable
{
    public const string Ddl = """
        CREATE TABLE IF NOT EXISTS insights.measure_results (
            journey_key text NOT NULL,
            stream_version bigint NOT NULL,
            hub_id text NOT NULL,
            month text NOT NULL,
            measure text NOT NULL,
            occasion text NOT NULL,
            band text NOT NULL,
            at_caseness boolean,
            total integer,
            PRIMARY KEY (journey_key, stream_version)
        );
        CREATE INDEX IF NOT EXISTS measure_results_hub ON insights.measure_results (hub_id, measure);
        """;
}
