using Hubs.Insights.Store;
using Npgsql;

namespace Hubs.Insights.Consumers;

/// <summary>A milestone contract with its message id (the id of the event it came from).</summary>
public sealed record Milestone(Guid MessageId, object Contract);

/// <summary>
/// Applies thousands of milestones in one transaction, as the rebuild needs, with exactly the effect of applying them
/// one by one through their consumers: a message a live consumer applied changes nothing; the same rows
/// (<see cref="MilestoneEffects"/>) and journeys' treatment figures (<see cref="JourneyTreatment"/>, once a journey
/// after all the rows), and the rebuild's position saved with them instead of a dedupe mark a message. A journey's
/// facts rows are merged into one a batch (<see cref="JourneyFactsMerge"/>). The rows of any other kind go in one
/// statement of column arrays (<see cref="RowArrays"/>) or, failing that, multi-row statements; a row whose key
/// comes again in the batch goes in the next statement of that kind (<see cref="RowRounds"/>). The rows can be worked
/// out before the transaction (<see cref="Rows"/>): the rebuild works out a batch's while the one before is written.
/// </summary>
public sealed class MilestoneBatch(NpgsqlDataSource dataSource)
{
    /// <returns>How many of the milestones it applied: those a live consumer had applied are left out.</returns>
    public Task<int> ApplyAsync(
        IReadOnlyList<Milestone> milestones,
        long position,
        CancellationToken cancellationToken
    ) => ApplyAsync(Rows(milestones, null), position, null, refreshTreatment: true, cancellationToken);

    /// <summary>
    /// The milestones' rows, as if no live consumer had applied any of them; given the keys this rebuild run has
    /// written (<see cref="WrittenKeys"/>), a row whose key it has not seen will go in by a plain insert, and every
    /// row's key is marked written now: a run works out its batches' rows in stream order.
    /// </summary>
    public static BatchRows Rows(IReadOnlyList<Milestone> milestones, WrittenKeys? written)
    {
        ArgumentNullException.ThrowIfNull(milestones);
        return new BatchRows(milestones, written);
    }

    /// <summary>
    /// Applies the batch's rows (<see cref="Rows"/>) with <paramref name="written"/>, the keys they were worked out
    /// with: when a live consumer has applied any of the milestones, the rows of the others are worked out again; when
    /// the keys have been turned off since, every row goes by its own rule. Without
    /// <paramref name="refreshTreatment"/>, the journeys' treatment figures are left to the caller, which stores them
    /// all once its batches are applied (<see cref="RefillCellsAsync"/>).
    /// </summary>
    /// <returns>How many of the milestones it applied: those a live consumer had applied are left out.</returns>
    public async Task<int> ApplyAsync(
        BatchRows rows,
        long position,
        WrittenKeys? written,
        bool refreshTreatment,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(rows);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var (live, anyLive) = await AppliedLiveAsync(connection, transaction, rows.Milestones, cancellationToken);
        if (anyLive)
        {
            written?.Disable();
        }

        if (live.Count > 0)
        {
            rows = Rows([.. rows.Milestones.Where(m => !live.Contains(m.MessageId))], null);
        }

        await rows.WriteAsync(
            connection,
            transaction,
            keyed: written is { Enabled: true },
            RebuildPosition.Save(position),
            cancellationToken
        );
        if (refreshTreatment)
        {
            await JourneyTreatment.RefreshAsync(
                connection,
                transaction,
                rows.Treated(),
                batchLock: true,
                cancellationToken
            );
        }

        await transaction.CommitAsync(cancellationToken);
        return rows.Milestones.Count;
    }

    /// <summary>
    /// Every journey's treatment figures stored from its rows, and the journey tables' sums worked out afresh from the
    /// journeys (<see cref="JourneyCellsRefill"/>): the batches write journeys only, and the rebuild works out both
    /// once when its batches are applied. On a log whose journeys interleave, a journey's appointments and
    /// measures come in many batches, and storing its figures in each was a dozen writes a journey.
    /// </summary>
    public Task RefillCellsAsync(CancellationToken cancellationToken) =>
        JourneyCellsRefill.RunAsync(dataSource, cancellationToken);

    /// <summary>
    /// The batch's messages a live consumer applied (and marked) since the store was emptied, read under the batch
    /// lock (<see cref="RebuildPosition.BatchLock"/>): a live message being applied now commits first. The batch
    /// itself marks nothing: its position tells a live consumer what it applied. Also whether any live message has been
    /// applied since the store was emptied (then the tables hold rows no rebuild wrote).
    /// </summary>
    private static async Task<(HashSet<Guid> Applied, bool Any)> AppliedLiveAsync(
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        IReadOnlyList<Milestone> milestones,
        CancellationToken cancellationToken
    )
    {
        await using var read = new NpgsqlBatch(connection, transaction)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand(RebuildPosition.BatchLock),
                new NpgsqlBatchCommand("SELECT message_id FROM insights.processed_messages WHERE message_id = ANY($1)")
                {
                    Parameters = { new NpgsqlParameter { Value = milestones.Select(m => m.MessageId).ToArray() } },
                },
                new NpgsqlBatchCommand("SELECT EXISTS (SELECT FROM insights.processed_messages)"),
                // A batch lost in a crash is applied again on resume (its position is lost with it): no need to wait
                // for disk. Last, sent with the reads: it returns no rows.
                new NpgsqlBatchCommand("SET LOCAL synchronous_commit = off"),
            },
        };
        var applied = new HashSet<Guid>();
        await using var reader = await read.ExecuteReaderAsync(cancellationToken);
        await reader.NextResultAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            applied.Add(reader.GetGuid(0));
        }

        await reader.NextResultAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (applied, reader.GetBoolean(0));
    }
}
