using System.Diagnostics;
using Marten;

namespace Hubs.Web.Features.Publishing;

/// <summary>
/// Replays every journey event from the start through the same mapper and publisher as the live
/// subscription, with the same message ids. Into an emptied Insights store this rebuilds the
/// aggregates from scratch; into a live one it changes nothing (every message is a duplicate).
/// Reads the event log directly, so it never disturbs the running daemon.
/// </summary>
public sealed class RepublishAllMilestones(IDocumentStore store, MilestonePublisher publisher)
{
    private const int PageSize = 1000;

    public async Task<long> RunAsync(IProgress<RepublishProgress>? progress, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var total = await session.Events.QueryAllRawEvents().CountAsync(cancellationToken);
        var clock = Stopwatch.StartNew();
        long done = 0,
            after = 0;
        while (true)
        {
            var page = await session
                .Events.QueryAllRawEvents()
                .Where(e => e.Sequence > after)
                .OrderBy(e => e.Sequence)
                .Take(PageSize)
                .ToListAsync(cancellationToken);
            if (page.Count == 0)
            {
                return done;
            }

            await publisher.PublishAllAsync([.. page], session, cancellationToken);

            done += page.Count;
            after = page[^1].Sequence;
            progress?.Report(new RepublishProgress(done, Math.Max(total, done), clock.Elapsed));
        }
    }
}

/// <summary>Events replayed so far, of how many, and for how long: enough for a progress bar and an ETA.</summary>
public sealed record RepublishProgress(long Done, long Total, TimeSpan Elapsed)
{
    public double EventsPerSecond => Elapsed.TotalSeconds > 0 ? Done / Elapsed.TotalSeconds : 0;

    public TimeSpan? Remaining => EventsPerSecond > 0 ? TimeSpan.FromSeconds((Total - Done) / EventsPerSecond) : null;
}
