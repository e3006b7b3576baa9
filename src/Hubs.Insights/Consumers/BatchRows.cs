using Hubs.Insights.Store;
using Npgsql;

namespace Hubs.Insights.Consumers;

/// <summary>
/// A batch's rows worked out from its milestones before its transaction (<see cref="MilestoneBatch.Rows"/>), so that
/// the rebuild works out the next batch's while this one is written: each journey's facts merged into one row
/// (<see cref="JourneyFactsMerge"/>), every other kind's rows in rounds (<see cref="RowRounds"/>), and, given the keys
/// the run has written (<see cref="WrittenKeys"/>), which rows go in by a plain insert. They are what the milestones
/// do if no live consumer applied any of them: the batch checks that in its transaction and works out again the rows
/// of those it must apply when one was.
/// </summary>
public sealed class BatchRows
{
    private readonly JourneyFactsWrite? _facts;
    private readonly List<RowRounds> _kinds = [];

    internal BatchRows(IReadOnlyList<Milestone> milestones, WrittenKeys? written)
    {
        Milestones = milestones;
        var kinds = new Dictionary<RowSql, RowRounds>(ReferenceEqualityComparer.Instance);
        var facts = new JourneyFactsMerge();
        foreach (var milestone in milestones)
        {
            foreach (var statement in MilestoneEffects.Of(milestone.Contract))
            {
                if (statement.Sql.Facts is not null)
                {
                    facts.Add(statement);
                    continue;
                }

                if (!kinds.TryGetValue(statement.Sql, out var kind))
                {
                    kinds.Add(statement.Sql, kind = new RowRounds(statement.Sql));
                    _kinds.Add(kind);
                }

                kind.Add(statement.Values);
            }
        }

        // The run's keys, unless a live message or a stored key it had not written turned them off.
        Keyed = written is { Enabled: true };
        _facts = facts.IsEmpty ? null : facts.Rows(Keyed ? written : null);
        if (Keyed)
        {
            _kinds.ForEach(kind => kind.Split(written!));
        }
    }

    public IReadOnlyList<Milestone> Milestones { get; }

    /// <summary>Whether the rows were split by the run's keys (which go in by a plain insert).</summary>
    public bool Keyed { get; }

    /// <summary>The journeys whose treatment figures the rows change.</summary>
    internal IReadOnlyCollection<string> Treated() =>
        JourneyTreatment.Touched(_kinds.SelectMany(k => k.Statements)).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The facts rows, then every other kind's, then <paramref name="last"/> (the batch's position), sent together as
    /// one batch of statements (one round trip, run in order); split by the run's keys only when
    /// <paramref name="keyed"/>: the keys may have been turned off since the rows were worked out, and then every row
    /// goes by its own rule (the facts rows first, on their own: which to update depends on which were inserted). The
    /// facts rows the keys took for stored and were not (<see cref="JourneyFactsWrite.FinishAsync"/>) go in after.
    /// </summary>
    internal async Task WriteAsync(
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        bool keyed,
        NpgsqlBatchCommand last,
        CancellationToken cancellationToken
    )
    {
        keyed = keyed && Keyed;
        await using var batch = new NpgsqlBatch(connection, transaction);
        var factsAdded =
            _facts is not null && await _facts.AddToAsync(batch, keyed, connection, transaction, cancellationToken);
        if (_facts is not null && !factsAdded)
        {
            await _facts.WriteAsync(connection, transaction, keyed: false, cancellationToken);
        }

        foreach (var kind in _kinds)
        {
            await kind.AddToAsync(batch, keyed, connection, transaction, cancellationToken);
        }

        batch.BatchCommands.Add(last);
        var updated = await JourneyFactsWrite.KeysAsync(batch, cancellationToken);
        if (factsAdded)
        {
            await _facts!.FinishAsync(updated, connection, transaction, cancellationToken);
        }
    }
}
