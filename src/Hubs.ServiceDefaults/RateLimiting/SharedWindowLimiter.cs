using System.Diagnostics;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Hubs.ServiceDefaults.RateLimiting;

/// <summary>
/// A fixed-window limiter for one request's partitions (its client address and, where known, its account) whose
/// counts live in <see cref="WindowCounter"/>, so N replicas allow the limit once, not N times. A permit is granted
/// when every partition is within the limit. If the database cannot be reached the request is let through: the
/// endpoint behind needs the same database, and a limiter must not turn an outage into a wall of 429s.
/// </summary>
internal sealed partial class SharedWindowLimiter(
    WindowCounter counter,
    string[] keys,
    int permitLimit,
    TimeSpan window,
    TimeProvider clock,
    ILogger logger
) : RateLimiter
{
    private long lastUsed = Stopwatch.GetTimestamp();

    public override TimeSpan? IdleDuration => Stopwatch.GetElapsedTime(Interlocked.Read(ref lastUsed));

    public override RateLimiterStatistics? GetStatistics() => null;

    /// <summary>Never decided without the database: ASP.NET Core then asks <see cref="AcquireAsyncCore"/>.</summary>
    protected override RateLimitLease AttemptAcquireCore(int permitCount) => WindowLease.Deferred;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(
        int permitCount,
        CancellationToken cancellationToken
    )
    {
        Interlocked.Exchange(ref lastUsed, Stopwatch.GetTimestamp());
        var now = clock.GetUtcNow();
        var start = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % window.Ticks), TimeSpan.Zero);
        try
        {
            var counts = await counter.CountAsync(keys, start, start + window, cancellationToken);
            return counts.All(count => count <= permitLimit)
                ? WindowLease.Granted
                : WindowLease.Refused(start + window - now);
        }
        catch (Exception failure)
            when (failure is NpgsqlException or TimeoutException && !cancellationToken.IsCancellationRequested)
        {
            LogUncounted(logger, failure.GetType().Name);
            return WindowLease.Granted;
        }
    }

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Rate limiting: the request was not counted ({Reason}); let through"
    )]
    private static partial void LogUncounted(ILogger logger, string reason);
}
