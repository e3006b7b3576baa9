using System.Data.Common;

namespace Medallion.Threading.Postgres;

/// <summary>A session-level advisory lock (<c>pg_try_advisory_lock</c>) on a dedicated connection.</summary>
public sealed class PostgresDistributedLock
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);
    private readonly DbDataSource _dataSource;

    public PostgresDistributedLock(
        PostgresAdvisoryLockKey key,
        DbDataSource dbDataSource,
        Action<PostgresConnectionOptionsBuilder>? options = null)
    {
        ArgumentNullException.ThrowIfNull(dbDataSource);
        Key = key;
        _dataSource = dbDataSource;
        options?.Invoke(new PostgresConnectionOptionsBuilder());
    }

    public PostgresAdvisoryLockKey Key { get; }

    /// <summary>Tries until <paramref name="timeout"/> passes; null when another session holds the lock.</summary>
    public async ValueTask<PostgresDistributedLockHandle?> TryAcquireAsync(
        TimeSpan timeout = default,
        CancellationToken cancellationToken = default)
    {
        var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var deadline = timeout == Timeout.InfiniteTimeSpan ? DateTime.MaxValue : DateTime.UtcNow + timeout;
            while (true)
            {
                if (await TryLockAsync(connection, cancellationToken).ConfigureAwait(false))
                {
                    return new PostgresDistributedLockHandle(connection, Key);
                }

                if (DateTime.UtcNow >= deadline)
                {
                    await connection.DisposeAsync().ConfigureAwait(false);
                    return null;
                }

                await Task.Delay(PollInterval, cancellationToken).ConfigureAwait(false);
            }
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task<bool> TryLockAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT pg_try_advisory_lock({Key.Key})";
        var result = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return result is true;
    }
}
