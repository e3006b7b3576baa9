using JasperFx.Events;
using Marten;
using Npgsql;

namespace Hubs.Web.Operations.Scale;

/// <summary>A batch ready to write: its events and their JSON, its documents by type, the checkpoint.</summary>
internal sealed record ScalePrepared(
    IReadOnlyList<StreamAction> Streams,
    IReadOnlyList<string> EventJson,
    Dictionary<Type, List<ScaleDocument>> Documents,
    IReadOnlyList<ScaleSearchRow> Search,
    ScaleCheckpoint Checkpoint
);

/// <summary>
/// Writes batches as bulk as PostgreSQL allows. <see cref="PrepareAsync"/> does the work that needs no database (the
/// events as Marten's, the inline read models built by the store's own projections, everything serialized and
/// sealed), so it runs on one worker while another's batch is being copied; <see cref="WriteAsync"/> then writes one
/// batch in one transaction: streams, events and documents by COPY and, once the batch before has committed, the
/// checkpoint that counts the batch (through a Marten session in the same transaction), so a run cut off leaves the
/// whole batch and its count, or neither.
/// </summary>
internal sealed class ScaleWriter(
    DocumentStore store,
    NpgsqlDataSource dataSource,
    IReadOnlyDictionary<string, byte[]> searchKeys
)
{
    private readonly ScaleEventCopy events = new(store);
    private readonly ScaleReadModels readModels = new(store);
    private readonly ScaleDocumentCopy documents = new(store);

    public async Task<ScalePrepared> PrepareAsync(
        ScaleBatch batch,
        ScaleCheckpoint checkpoint,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(batch);
        var (streams, json) = events.Prepare(batch.Streams, checkpoint.Now);
        await using var query = store.QuerySession();
        var built = await readModels.BuildAsync(query, streams, cancellationToken);
        built.AddRange(batch.Audits.Select(a => ((object)a, 0L)));
        var search = ScaleSearchTokens.Prepare(batch.Streams, searchKeys);
        return new ScalePrepared(streams, json, documents.Prepare(built), search, checkpoint);
    }

    /// <summary>Copies the batch, then waits for <paramref name="before"/> (the batch before) to commit.</summary>
    public async Task WriteAsync(ScalePrepared batch, Task before, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // A batch lost to a crash is lost with its checkpoint, so it is written again on resume: no need to wait
        // for the flush to disk at each commit.
        await using (var relaxed = new NpgsqlCommand("SET LOCAL synchronous_commit = off", connection))
        {
            await relaxed.ExecuteNonQueryAsync(cancellationToken);
        }

        await events.CopyAsync(connection, batch.Streams, batch.EventJson, cancellationToken);
        await documents.CopyAsync(connection, batch.Documents, cancellationToken);
        await ScaleSearchTokens.CopyAsync(connection, batch.Search, cancellationToken);
        await before.WaitAsync(cancellationToken);
        await using (var session = store.LightweightSession(Marten.Services.SessionOptions.ForTransaction(transaction)))
        {
            session.Store(batch.Checkpoint);
            await session.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
