using Hubs.Insights.Consumers;
using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.Tables;
using Hubs.Insights.Metrics;
using Npgsql;

namespace Hubs.Insights.Store;

/// <summary>
/// A consumer's change to the journey tables' sums, in the transaction of its rows: the journeys it touches are
/// locked (an advisory lock each, in one order) before their sums are worked out from their stored facts, then again
/// after its rows, and the difference is added (<see cref="JourneyCellsWrite"/>). A second consumer of the same
/// journey waits for the lock, so it starts from this one's facts, and nothing is counted twice or lost.
/// </summary>
internal sealed class JourneyCellsChange
{
    private readonly NpgsqlConnection connection;
    private readonly NpgsqlTransaction transaction;
    private readonly IReadOnlyList<string> journeys;
    private readonly RecordKeys keys;
    private readonly List<JourneyCell> before;

    private JourneyCellsChange(
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        IReadOnlyList<string> journeys,
        RecordKeys keys,
        List<JourneyCell> before
    )
    {
        this.connection = connection;
        this.transaction = transaction;
        this.journeys = journeys;
        this.keys = keys;
        this.before = before;
    }

    /// <summary>The journeys whose facts the statements change: facts rows, appointment and measure rows.</summary>
    public static IReadOnlyList<string> Touched(IEnumerable<Statement> statements)
    {
        var all = statements.ToList();
        return
        [
            .. all.Where(s => s.Sql.Facts is not null)
                .Select(s => (string)s.Values[0]!)
                .Concat(JourneyTreatment.Touched(all))
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal),
        ];
    }

    public static async Task<JourneyCellsChange> BeginAsync(
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        IReadOnlyList<string> journeys,
        CancellationToken cancellationToken
    )
    {
        await using (
            var lockAll = new NpgsqlCommand(
                """
                SELECT count(pg_advisory_xact_lock(h)) FROM (
                    SELECT DISTINCT hashtextextended('journey-cells:' || k, 0) AS h FROM unnest($1::text[]) k
                    ORDER BY 1) locks
                """,
                connection,
                transaction
            )
        )
        {
            lockAll.Parameters.Add(new NpgsqlParameter { Value = journeys.ToArray() });
            await lockAll.ExecuteScalarAsync(cancellationToken);
        }

        var keys = await RecordKeySalt.ReadAsync(connection, transaction, cancellationToken);
        var change = new JourneyCellsChange(connection, transaction, journeys, keys, []);
        change.before.AddRange(await change.CellsAsync(cancellationToken));
        return change;
    }

    /// <summary>Adds the difference between the journeys' sums now and before.</summary>
    public async Task EndAsync(CancellationToken cancellationToken) =>
        await JourneyCellsWrite.AddAsync(
            connection,
            transaction,
            await CellsAsync(cancellationToken),
            before,
            cancellationToken
        );

    private async Task<List<JourneyCell>> CellsAsync(CancellationToken cancellationToken)
    {
        var facts = await JourneyFactsStore.ReadAsync(
            sql => new NpgsqlCommand(sql, connection, transaction),
            new JourneyFactsFilter(JourneyKeys: journeys),
            cancellationToken
        );
        return [.. facts.SelectMany(f => JourneyCells.Of(f, keys.Of(f.JourneyKey)))];
    }
}
