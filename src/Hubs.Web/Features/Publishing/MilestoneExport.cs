using System.Diagnostics;
using System.Text;
using Hubs.Contracts.Rebuild;
using Hubs.Web.Features.Privacy;
using JasperFx.Events;
using Marten;
using Npgsql;

namespace Hubs.Web.Features.Publishing;

/// <summary>
/// The rebuild's Web half: every journey event after a position, read from the event log in large pages by sequence
/// number, mapped to its contract exactly as the live publisher maps it (<see cref="MilestonePublisher.MilestoneOf"/>)
/// and written as milestone lines (<see cref="MilestoneLine"/>) for Insights to apply in bulk, each page ending with
/// its last sequence number. Only contracts leave: Insights' import reads nothing else. The next page is read while
/// this one is written; events appended after the export started are left to the live pipeline.
/// </summary>
public sealed class MilestoneExport(IDocumentStore store, NpgsqlDataSource dataSource, MilestonePublisher publisher)
{
    public const int PageSize = 5000;

    /// <returns>The events read (with or without a contract).</returns>
    public async Task<long> RunAsync(
        long after,
        TextWriter output,
        IProgress<RepublishProgress>? progress,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(output);
        var (last, total) = await ExtentAsync(after, cancellationToken);
        var clock = Stopwatch.StartNew();
        long done = 0;
        var reading = ReadPageAsync(after, last, cancellationToken);
        while (await reading is { Events.Count: > 0 } page)
        {
            reading = ReadPageAsync(page.Events[^1].Sequence, last, cancellationToken);
            var lines = new StringBuilder();
            foreach (var recorded in page.Events)
            {
                if (publisher.MilestoneOf(recorded, page.Context) is { } milestone)
                {
                    lines.Append(MilestoneLine.Milestone(recorded.Sequence, recorded.Id, milestone)).Append('\n');
                }
            }

            lines.Append(MilestoneLine.Position(page.Events[^1].Sequence)).Append('\n');
            await output.WriteAsync(lines, cancellationToken);
            await output.FlushAsync(cancellationToken);
            done += page.Events.Count;
            progress?.Report(new RepublishProgress(done, Math.Max(total, done), clock.Elapsed));
        }

        return done;
    }

    private async Task<(long Last, long Total)> ExtentAsync(long after, CancellationToken cancellationToken)
    {
        await using var extent = dataSource.CreateCommand(
            "SELECT coalesce(max(seq_id), 0), count(*) FROM clinical.mt_events WHERE seq_id > $1"
        );
        extent.Parameters.Add(new NpgsqlParameter { Value = after });
        await using var reader = await extent.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    private async Task<Page> ReadPageAsync(long after, long last, CancellationToken cancellationToken)
    {
        // Contracts carry no personal data, so none is unsealed: no data key looked up, nothing decrypted.
        SealedReading.Begin();
        await using var session = store.QuerySession();
        var events = await session
            .Events.QueryAllRawEvents()
            .Where(e => e.Sequence > after && e.Sequence <= last)
            .OrderBy(e => e.Sequence)
            .Take(PageSize)
            .ToListAsync(cancellationToken);
        var context = await MilestoneContext.LoadAsync(session, [.. events], cancellationToken);
        return new Page(events, context);
    }

    private sealed record Page(IReadOnlyList<IEvent> Events, MilestoneContext Context);
}
