using Hubs.Insights.Rebuild;
using Hubs.Insights.Store;
using Hubs.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Hubs.Insights.Tests.Consumers;

/// <summary>
/// The rebuild marks no message: a live message is known as applied by its event's sequence (at or below the saved
/// rebuild position) or else by its dedupe mark. Live messages after a rebuild, while it runs, while a batch of it
/// commits, after it resumes, on two replicas and after a reset are each applied exactly once, by the rebuild or
/// live (<see cref="RebuildLog"/>: a live message's effect counts itself, a rebuild says how many it applied).
/// </summary>
public class LiveBesideRebuildTests(InsightsHostFixture insights) : IClassFixture<InsightsHostFixture>
{
    private readonly RebuildLog log = new(insights);

    [Fact]
    public async Task A_rebuild_marks_nothing_and_its_messages_delivered_again_live_are_not_applied_again()
    {
        await log.ResetAsync();
        Assert.Equal(log.Count, await log.ImportAsync());
        Assert.Equal(0, await insights.Database.CountAsync("SELECT count(*) FROM insights.processed_messages"));

        foreach (var (sequence, id) in log.Messages)
        {
            Assert.False(await log.LiveAsync(id, sequence));
        }

        var later = Guid.NewGuid();
        Assert.True(await log.LiveAsync(later, log.Last + 5));
        Assert.False(await log.LiveAsync(later, log.Last + 5));
        // A message queued before its publisher sent the sequence is judged by its mark alone.
        var unnumbered = Guid.NewGuid();
        Assert.True(await log.LiveAsync(unnumbered, null));
        Assert.False(await log.LiveAsync(unnumbered, null));
        Assert.Equal(2, await log.LiveAppliedAsync());
    }

    [Fact]
    public async Task Live_messages_while_a_rebuild_is_cut_off_and_resumed_are_each_applied_once()
    {
        await log.ResetAsync();
        await Assert.ThrowsAsync<IOException>(() => log.ImportAsync(cutOffAfterLines: 7, batchSize: 2));
        var position = await RebuildPosition.LoadAsync(log.Data);
        Assert.InRange(position, log.Messages[0].Sequence, log.Last - 1);

        // Messages delivered live while the rebuild is stopped: those at or before its position it applied; of those
        // after it, every other one is delivered (the rest still queued) and applied live.
        var live = 0;
        foreach (var ((sequence, id), n) in log.Messages.Select((m, n) => (m, n)))
        {
            if (sequence <= position)
            {
                Assert.False(await log.LiveAsync(id, sequence));
            }
            else if (n % 2 == 0)
            {
                Assert.True(await log.LiveAsync(id, sequence));
                live++;
            }
        }

        // Resumed from the very start: what it applied before is skipped by position, what live applied by mark.
        var before = log.Messages.Count(m => m.Sequence <= position);
        Assert.Equal(log.Count - before - live, await log.ImportAsync());
        Assert.Equal(log.Last, await RebuildPosition.LoadAsync(log.Data));
        foreach (var (sequence, id) in log.Messages)
        {
            Assert.False(await log.LiveAsync(id, sequence));
        }
    }

    [Fact]
    public async Task A_live_message_committing_while_a_rebuild_batch_starts_is_applied_by_one_of_them_only()
    {
        await log.ResetAsync();
        var (sequence, id) = log.Messages[3];
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var liveTask = log.LiveAsync(id, sequence, during: async () =>
        {
            entered.SetResult();
            await release.Task;
        });
        await entered.Task;

        var rebuild = log.ImportAsync();
        await Poll.UntilAsync(
            async () =>
                rebuild.IsCompleted
                || await insights.Database.CountAsync(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                        + "AND wait_event_type = 'Lock'"
                ) > 0,
            "the rebuild's batch waits for the live message or has finished"
        );
        release.SetResult();

        Assert.True(await liveTask);
        Assert.Equal(log.Count - 1, await rebuild);
        Assert.Equal(1, await log.LiveAppliedAsync());
    }

    [Fact]
    public async Task Two_replicas_given_the_same_message_apply_it_once_and_neither_applies_the_rebuilds()
    {
        await log.ResetAsync();
        await log.ImportAsync();
        await using var otherData = NpgsqlDataSource.Create(insights.Database.Insights);
        var other = new ApplyOnce(otherData);

        var (sequence, id) = log.Messages[^1];
        var rebuilt = await Task.WhenAll(log.LiveAsync(id, sequence), log.LiveAsync(id, sequence, replica: other));
        Assert.Equal([false, false], rebuilt);
        var fresh = Guid.NewGuid();
        var both = await Task.WhenAll(
            log.LiveAsync(fresh, log.Last + 1),
            log.LiveAsync(fresh, log.Last + 1, replica: other)
        );
        Assert.Single(both, applied => applied);
        Assert.Equal(1, await log.LiveAppliedAsync());
    }

    [Fact]
    public async Task After_a_reset_live_messages_apply_and_the_rebuild_from_zero_leaves_them_out()
    {
        await log.ResetAsync();
        await log.ImportAsync();
        await log.ResetAsync();
        Assert.Equal(0, await RebuildPosition.LoadAsync(log.Data));

        foreach (var (sequence, id) in log.Messages.Take(4))
        {
            Assert.True(await log.LiveAsync(id, sequence));
        }

        Assert.Equal(log.Count - 4, await log.ImportAsync());
        foreach (var (sequence, id) in log.Messages)
        {
            Assert.False(await log.LiveAsync(id, sequence));
        }

        Assert.Equal(4, await log.LiveAppliedAsync());
    }
}
