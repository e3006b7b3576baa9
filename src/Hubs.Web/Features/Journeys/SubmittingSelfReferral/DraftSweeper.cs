using Marten;
using Microsoft.Extensions.Options;

namespace Hubs.Web.Features.Journeys.SubmittingSelfReferral;

/// <summary>
/// Destroys expired referral drafts. Every replica may run it: deleting what has expired is idempotent.
/// </summary>
public sealed partial class DraftSweeper(
    IDocumentStore store,
    TimeProvider clock,
    IOptions<DraftOptions> options,
    ILogger<DraftSweeper> logger
) : BackgroundService
{
    public static async Task<int> SweepAsync(
        IDocumentStore store,
        DateTimeOffset now,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(store);
        await using var session = store.LightweightSession();
        var expired = await session
            .Query<ReferralDraft>()
            .Where(d => d.ExpiresAt <= now)
            .Select(d => d.Id)
            .ToListAsync(cancellationToken);
        session.DeleteWhere<ReferralDraft>(d => d.ExpiresAt <= now);
        await session.SaveChangesAsync(cancellationToken);
        return expired.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var destroyed = await SweepAsync(store, clock.GetUtcNow(), stoppingToken);
                if (destroyed > 0)
                {
                    LogSwept(logger, destroyed);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A database outage must not stop sweeping for good; the next tick tries again.
                LogSweepFailed(logger, ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Destroyed {Count} expired referral drafts")]
    private static partial void LogSwept(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sweeping expired referral drafts failed")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
