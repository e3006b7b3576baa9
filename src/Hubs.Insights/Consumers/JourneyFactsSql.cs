namespace Hubs.Insights.Consumers;

/// <summary>
/// Upserts one milestone's own columns of <c>insights.journey_facts</c> and nothing else, so milestones
/// merge in any order. The first column is the milestone's stream version: should the same milestone
/// come twice, the earlier in the journey's stream wins, whatever order the messages arrive in.
/// </summary>
public static class JourneyFactsSql
{
    public static RowSql Upsert(params string[] columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var values = string.Join(", ", columns.Select((_, i) => $"${i + 3}"));
        var updates = string.Join(", ", columns.Select(c => $"{c} = EXCLUDED.{c}"));
        var version = columns[0];
        return new RowSql(
            $"""
            INSERT INTO {JourneyFactsColumns.Table} AS f (journey_key, hub_id, {string.Join(", ", columns)})
            VALUES ($1, $2, {values})
            ON CONFLICT (journey_key) DO UPDATE SET {updates}
            WHERE f.{version} IS NULL OR EXCLUDED.{version} < f.{version}
            """,
            KeyLength: 1
        )
        {
            Facts = new JourneyFactsColumns(["hub_id", .. columns], EarliestWins: true),
        };
    }

    /// <summary>A PHQ-9/GAD-7 pair; the journey's first and last pairs are read by stream version.</summary>
    public static readonly RowSql InsertMeasure = new(
        """
        INSERT INTO insights.journey_measures (journey_key, stream_version, hub_id, occasion, phq9, gad7)
        VALUES ($1, $2, $3, $4, $5, $6)
        ON CONFLICT (journey_key, stream_version) DO NOTHING
        """,
        KeyLength: 2
    );
}
