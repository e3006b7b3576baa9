using Hubs.Testing;
using Hubs.Web.Operations.Scale;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Hubs.Web.Tests.Operations;

/// <summary>
/// The seeded log is in time order across journeys, as a real store's is: each event stamped when it happened in
/// its story, the log numbered in that order once every batch is in, and a run cut off during that pass finishing it
/// on <c>--resume</c> with the same log as a run never cut.
/// </summary>
public class SeededLogOrderTests(WebHostFixture web) : IClassFixture<WebHostFixture>
{
    private const int Journeys = 300;

    [Fact]
    public async Task A_run_cut_during_the_time_order_pass_resumes_to_a_log_interleaving_journeys_in_story_time()
    {
        string[] seed = ["seed-scale", "--journeys", $"{Journeys}", "--hubs", "3", "--batch", "60"];
        await using (var reader = new NpgsqlConnection(web.Database.Admin))
        {
            // A reader of the log holds the pass at its emptying of mt_events, where the run is cut off.
            await reader.OpenAsync();
            await using var reading = await reader.BeginTransactionAsync();
            await using (var hold = new NpgsqlCommand("LOCK TABLE clinical.mt_events IN ACCESS SHARE MODE", reader))
            {
                await hold.ExecuteNonQueryAsync();
            }

            using var cutOff = WebCommand.Start(web, seed, ScaleRun.ThreeHubs);
            await Poll.UntilAsync(
                async () => await PassWaitingAsync() > 0 || cutOff.HasExited,
                "the time-order pass waiting to empty the log",
                TimeSpan.FromMinutes(5)
            );
            cutOff.Kill(entireProcessTree: true);
            await cutOff.WaitForExitAsync();
            await web.Database.CountAsync(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                    + "WHERE datname = current_database() AND query LIKE 'TRUNCATE%'"
            );
        }

        var cut = (await CheckpointAsync())!;
        Assert.Equal((Journeys, false), (cut.Done, cut.Ordered));
        Assert.Equal(0, await web.Database.CountAsync("SELECT count(*) FROM pg_class WHERE relname LIKE 'scale_log%'"));

        await WebCommand.RunAsync(web, [.. seed, "--resume"], ScaleRun.ThreeHubs);

        var checkpoint = (await CheckpointAsync())!;
        Assert.True(checkpoint.Ordered);
        var log = await LogAsync();
        // Every event of an uncut run, each at its story time; events at the same microsecond (those capped at the
        // run's start, say) may lie in either order, so the order itself is checked below, by time and by version.
        var expected = ExpectedLog(checkpoint.Now).OrderBy(e => e.Stream).ThenBy(e => e.Version).ToList();
        var written = log.OrderBy(e => e.Stream).ThenBy(e => e.Version).ToList();
        Assert.Equal(expected.Select(e => (e.Stream, e.Version)), written.Select(e => (e.Stream, e.Version)));
        Assert.All(expected.Zip(written), p =>
            Assert.InRange((p.First.At - p.Second.At).Duration(), TimeSpan.Zero, TimeSpan.FromTicks(10))
        );
        Assert.Equal(Enumerable.Range(1, log.Count).Select(n => (long)n), log.Select(e => e.Sequence));
        Assert.Equal(log.Count, await web.Database.CountAsync("SELECT last_value FROM clinical.mt_events_sequence"));

        Assert.All(log.Zip(log.Skip(1)), p => Assert.True(p.First.At <= p.Second.At));
        Assert.All(log.GroupBy(e => e.Stream), stream =>
            Assert.Equal(Enumerable.Range(1, stream.Count()).Select(v => (long)v), stream.Select(e => e.Version))
        );
        // Batches of whole journeys left each stream's events together; a real log changes journey at most steps.
        var changes = log.Zip(log.Skip(1)).Count(p => p.First.Stream != p.Second.Stream);
        Assert.True(changes > log.Count / 2, $"{changes} changes of stream in {log.Count} events");
        var together = log.GroupBy(e => e.Stream)
            .Where(s => s.Count() >= 5 && s.Last().Sequence - s.First().Sequence + 1 == s.Count())
            .Count();
        Assert.Equal(0, together);
    }

    private sealed record Logged(long Sequence, Guid Stream, long Version, DateTimeOffset At);

    /// <summary>Every seeded event as an uncut run writes it, in order of (its story's time, order written).</summary>
    private static List<Logged> ExpectedLog(DateTimeOffset now)
    {
        var plan = new ScalePlan(Journeys, ScaleRun.HubIds);
        var journeys = Enumerable.Range(0, Journeys).Select(n => ScaleJourney.Make(n, plan, now)).ToList();
        var written = ScaleBatch
            .Make(plan, journeys, 0, now)
            .Streams.SelectMany(s => ScaleEventTime.Of(s.Events, now).Select((at, v) => (s.Id, Version: v + 1L, at)))
            .Select((e, n) => (e.Id, e.Version, e.at, n));
        return [.. written.OrderBy(e => e.at).ThenBy(e => e.n).Select(e => new Logged(0, e.Id, e.Version, e.at))];
    }

    private async Task<List<Logged>> LogAsync()
    {
        var log = new List<Logged>();
        await using var connection = new NpgsqlConnection(web.Database.Admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT seq_id, stream_id, version, timestamp FROM clinical.mt_events ORDER BY seq_id",
            connection
        );
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            log.Add(
                new Logged(
                    reader.GetInt64(0),
                    reader.GetGuid(1),
                    reader.GetInt64(2),
                    reader.GetFieldValue<DateTimeOffset>(3)
                )
            );
        }

        return log;
    }

    private Task<long> PassWaitingAsync() =>
        web.Database.CountAsync(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' "
                + "AND query LIKE 'TRUNCATE%'"
        );

    private async Task<ScaleCheckpoint?> CheckpointAsync()
    {
        await using var session = web.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return await session.LoadAsync<ScaleCheckpoint>(ScaleCheckpoint.TheRun);
    }
}
