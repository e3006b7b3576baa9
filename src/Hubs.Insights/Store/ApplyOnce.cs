using Npgsql;

namespace Hubs.Insights.Store;

/// <summary>
/// Applies a message's effect at most once: the message id is recorded in the same transaction as the
/// effect, so a redelivered message (after a broker crash or a retry) changes nothing.
/// </summary>
public sealed class ApplyOnce(NpgsqlDataSource dataSource)
{
    public async Task<bool> RunAsync(
        Guid messageId,
        Func<NpgsqlConnection, NpgsqlTransaction, CancellationToken, Task> effect,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(effect);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (
            var mark = new NpgsqlCommand(
                "INSERT INTO insights.processed_messages (message_id) VALUES ($1) ON CONFLICT DO NOTHING",
                connection,
                transaction
            )
        )
        {
            mark.Parameters.AddWithValue(messageId);
            if (await mark.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                return false;
            }
        }

        await effect(connection, transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
