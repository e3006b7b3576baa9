using Hubs.Contracts.Rebuild;
using Hubs.Insights.Consumers;
using Hubs.Insights.Store;
using Npgsql;

namespace Hubs.Insights.Rebuild;

/// <summary>
/// The rebuild's Insights half: reads the milestone lines Web exports (<see cref="MilestoneLine"/>) and applies them
/// in batches (<see cref="MilestoneBatch"/>), each with the position it reached, while the next batch is read and its
/// rows worked out (<see cref="MilestoneBatch.Rows"/>): the batch's writes in PostgreSQL and the host's work on the
/// next one's rows go on side by side instead of one after the other. Lines
/// at or before the position already saved were applied (a resume from too early): they are skipped. A batch that
/// loses a deadlock to a live consumer is tried again; a malformed line stops the import with the batches before it
/// applied, so a rerun from the saved position continues where it stopped. The journeys' treatment figures and the
/// journey tables' sums are worked out once at the end, from the journeys, in one read of each
/// (<see cref="MilestoneBatch.RefillCellsAsync"/>), however many batches a journey's milestones came in.
/// </summary>
public sealed class MilestoneImport(MilestoneBatch batch, NpgsqlDataSource dataSource)
{
    /// <summary>
    /// Milestones a transaction. On a log whose journeys interleave, a journey's facts row is updated once for each
    /// batch its milestones come in: twice the batch, fewer updates and statements, at ~3.5 MB of memory a thousand
    /// (benchmarks/SCALE.md, branch <c>importcut</c>).
    /// </summary>
    public const int BatchSize = 10_000;
    private const int Attempts = 5;

    /// <returns>The milestones applied (not those applied before, by this rebuild or live).</returns>
    public async Task<long> RunAsync(TextReader input, CancellationToken cancellationToken) =>
        await RunAsync(input, BatchSize, cancellationToken);

    public async Task<long> RunAsync(TextReader input, int batchSize, CancellationToken cancellationToken)
    {
        var applied = await ApplyLinesAsync(input, batchSize, cancellationToken);
        await batch.RefillCellsAsync(cancellationToken);
        return applied;
    }

    /// <summary>
    /// The import, then the store analysed (<see cref="InsightsSchema.AnalyzeAsync"/>): every table but the refill's
    /// while the treatment figures and the sums are refilled (the refill writes no other), then the refill's two once
    /// written, so that their statistics count its rows. Not vacuumed: on a freshly imported store the dashboards'
    /// and feeds' reads ran no faster after <c>VACUUM (ANALYZE)</c> than after <c>ANALYZE</c> alone, first read or
    /// warm (benchmarks/SCALE.md, branch <c>tailsum</c>), and the vacuum beside the refill was ~13 s of one process,
    /// most of it waiting on the refill's pages; autovacuum clears the rebuild's dead rows later.
    /// </summary>
    public async Task<long> RunAndAnalyzeAsync(TextReader input, CancellationToken cancellationToken)
    {
        var applied = await ApplyLinesAsync(input, BatchSize, cancellationToken);
        await Task.WhenAll(
            batch.RefillCellsAsync(cancellationToken),
            InsightsSchema.AnalyzeAsync(dataSource, refilled: false, cancellationToken)
        );
        await InsightsSchema.AnalyzeAsync(dataSource, refilled: true, cancellationToken);
        return applied;
    }

    private async Task<long> ApplyLinesAsync(TextReader input, int batchSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        long applied = 0;
        long? position = null;
        var saved = await RebuildPosition.LoadAsync(dataSource, cancellationToken);
        // From an emptied store only: a resumed run's earlier rows are not among the keys this run has seen.
        var written = saved == 0 ? new WrittenKeys() : null;
        var pending = new List<Milestone>(batchSize);
        var writing = Task.FromResult(0);
        try
        {
            while (await input.ReadLineAsync(cancellationToken) is { } line)
            {
                var parsed = MilestoneLine.Parse(line);
                if (parsed.Sequence <= saved)
                {
                    continue;
                }

                position = parsed.Sequence;
                if (parsed is { MessageId: { } id, Contract: { } contract })
                {
                    pending.Add(new Milestone(id, contract));
                }

                if (pending.Count >= batchSize)
                {
                    // Worked out while the batch before it is written, after that batch's: the run's keys are marked in
                    // order.
                    var rows = MilestoneBatch.Rows(pending, written);
                    applied += await writing;
                    writing = ApplyAsync(rows, parsed.Sequence, written, cancellationToken);
                    pending = new List<Milestone>(batchSize);
                }
            }
        }
        finally
        {
            // A batch already handed over is finished (applied or failed) before this returns or throws.
            applied += await writing;
        }

        if (position is { } last)
        {
            applied += await ApplyAsync(MilestoneBatch.Rows(pending, written), last, written, cancellationToken);
        }

        return applied;
    }

    private async Task<int> ApplyAsync(
        BatchRows rows,
        long position,
        WrittenKeys? written,
        CancellationToken cancellationToken
    )
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await batch.ApplyAsync(rows, position, written, refreshTreatment: false, cancellationToken);
            }
            catch (PostgresException ex)
                when (ex.SqlState == PostgresErrorCodes.UniqueViolation && written is { Enabled: true })
            {
                // A stored key the run had not written (rows of another writer): every row by its own rule from now on.
                written.Disable();
            }
            catch (PostgresException ex)
                when (attempt < Attempts
                    && ex.SqlState is PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure
                )
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100 * attempt), cancellationToken);
            }
        }
    }
}
