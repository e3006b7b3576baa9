using Hubs.Insights.Consumers;
using Npgsql;

namespace Hubs.Insights.Store;

/// <summary>
/// Keeps <c>insights.journey_treatment</c> in step with the rows it is worked out from: a live consumer that writes a
/// journey's appointment or measure rows stores the journey's figures again in the same transaction, after its rows
/// (<see cref="JourneyTreatmentSql"/>), and so does a rebuild batch applied on its own. The rebuild's import has its
/// batches store none: its tail stores every journey's figures at once (<see cref="JourneyTreatmentRefill"/>) before
/// the sums are refilled.
/// </summary>
public static class JourneyTreatment
{
    private static readonly string[] Sources =
    [
        "INSERT INTO insights.journey_appointments ",
        "INSERT INTO insights.journey_measures ",
        "INSERT INTO insights.measure_results ",
    ];

    /// <summary>The journeys whose figures the statements change (each source row's first column is its key).</summary>
    public static IEnumerable<string> Touched(IEnumerable<Statement> statements) =>
        statements
            .Where(s => Sources.Any(source => s.Sql.Text.StartsWith(source, StringComparison.Ordinal)))
            .Select(s => (string)s.Values[0]!);

    /// <summary>
    /// Stores the journeys' figures, their rows claimed first (<see cref="JourneyTreatmentSql.Claim"/>) unless the
    /// caller holds the rebuild's batch lock (<c>batchLock</c>, <see cref="RebuildPosition.BatchLock"/>), which no live
    /// consumer holds beside it: no other writer of the journeys runs until it commits, and the claim was a second
    /// write of each row (an empty insert, then the figures as a new row version).
    /// </summary>
    public static async Task RefreshAsync(
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        IReadOnlyCollection<string> journeyKeys,
        bool batchLock,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(journeyKeys);
        if (journeyKeys.Count == 0)
        {
            return;
        }

        string[] statements = batchLock
            ? [JourneyTreatmentSql.Refresh]
            : [JourneyTreatmentSql.Claim, JourneyTreatmentSql.Refresh];
        foreach (var sql in statements)
        {
            await using var command = new NpgsqlCommand(sql, connection, transaction);
            command.Parameters.Add(new NpgsqlParameter { Value = journeyKeys.ToArray() });
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
