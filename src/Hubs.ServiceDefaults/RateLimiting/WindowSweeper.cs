using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Hubs.ServiceDefaults.RateLimiting;

/// <summary>Deletes ended windows once a minute, so the table holds only the current few minutes of counts.</summary>
internal sealed partial class WindowSweeper(WindowCounter counter, TimeProvider clock, ILogger<WindowSweeper> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await counter.SweepAsync(clock.GetUtcNow(), stoppingToken);
            }
            catch (NpgsqlException failure)
            {
                LogSweepFailed(logger, failure.GetType().Name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rate limiting: ended windows not swept this time ({Reason})")]
    private static partial void LogSweepFailed(ILogger logger, string reason);
}
