using Npgsql;
using NpgsqlTypes;

namespace Hubs.Insights.Store;

/// <summary>
/// Applies a message's effect at most once: the message id is recorded in the same transaction as the
/// effect, so a redelivered message (after a broker crash or a retry) changes nothing. A message whose event
/// sequence is at or below <see cref="RebuildPosition"/> was applied by a rebuild and is not applied again (a
/// message without one, published before the header existed, is judged by its id alone).
/// </summary>
public sealed class ApplyOnce(NpgsqlDataSource dataSource)
{
    private const string Mark = """
        INSERT INTO insights.processed_messages (message_id)
        SELECT $1 WHERE NOT EXISTS (SELECT FROM insights.rebuild_position WHERE $2 <= sequence)
        ON CONFLICT DO NOTHING
        """;

    /// <returns>Whether the effect ran (false: the message had been applied).</returns>
    public async Task<bool> RunAsync(
        Guid messageId,
        long? sequence,
        Func<NpgsqlConnection, NpgsqlTransaction, CancellationToken, Task> effect,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(effect);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // Two statements: the mark's snapshot is taken once the lock is held (after any rebuild batch committed).
        var mark = new NpgsqlBatchCommand(Mark)
        {
            Parameters =
            {
                new NpgsqlParameter { Value = messageId },
                new NpgsqlParameter { Value = (object?)sequence ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Bigint },
            },
        };
        await using (
            var batch = new NpgsqlBatch(connection, transaction)
            {
                BatchCommands = { new NpgsqlBatchCommand(RebuildPosition.LiveLock), mark },
            }
        )
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
            if (mark.RecordsAffected == 0)
            {
                return false;
            }
        }

        await effect(connection, transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
