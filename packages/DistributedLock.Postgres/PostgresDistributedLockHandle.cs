using System.Data.Common;

namespace Medallion.Threading.Postgres;

/// <summary>
/// Holds the lock's connection. A background check notices a dropped connection (and with it the
/// lock, since session advisory locks die with their session) and signals <see cref="HandleLostToken"/>.
/// </summary>
public sealed class PostgresDistributedLockHandle : IAsyncDisposable, IDisposable
{
    private static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(2);
    private readonly DbConnection _connection;
    private readonly PostgresAdvisoryLockKey _key;
    private readonly CancellationTokenSource _lost = new();
    private readonly CancellationTokenSource _stopMonitor = new();
    private readonly SemaphoreSlim _connectionGate = new(1, 1);
    private readonly Task _monitor;
    private int _disposed;

    internal PostgresDistributedLockHandle(DbConnection connection, PostgresAdvisoryLockKey key)
    {
        _connection = connection;
        _key = key;
        _monitor = Task.Run(MonitorAsync);
    }

    public CancellationToken HandleLostToken => _lost.Token;

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _stopMonitor.CancelAsync().ConfigureAwait(false);
        await _monitor.ConfigureAwait(false);
        await _connectionGate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (!_lost.IsCancellationRequested)
            {
                await ExecuteAsync($"SELECT pg_advisory_unlock({_key.Key})", CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (DbException)
        {
            // The session is gone, and the lock with it.
        }
        finally
        {
            await _connection.DisposeAsync().ConfigureAwait(false);
            _connectionGate.Release();
            _lost.Dispose();
            _stopMonitor.Dispose();
        }
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private async Task MonitorAsync()
    {
        try
        {
            while (!_stopMonitor.IsCancellationRequested)
            {
                await Task.Delay(CheckInterval, _stopMonitor.Token).ConfigureAwait(false);
                await _connectionGate.WaitAsync(_stopMonitor.Token).ConfigureAwait(false);
                try
                {
                    await ExecuteAsync("SELECT 1", _stopMonitor.Token).ConfigureAwait(false);
                }
                finally
                {
                    _connectionGate.Release();
                }
            }
        }
        catch (OperationCanceledException) when (_stopMonitor.IsCancellationRequested)
        {
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException or OperationCanceledException)
        {
            await _lost.CancelAsync().ConfigureAwait(false);
        }
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
