using System.Diagnostics;
using Hubs.ServiceDefaults.Commands;
using Hubs.Web.Features.Clinicians;
using Hubs.Web.Features.Hubs;
using Hubs.Web.Features.Journeys.Searching;
using Hubs.Web.Features.Privacy;
using Hubs.Web.Features.Publishing;
using Marten;
using Npgsql;

namespace Hubs.Web.Operations.Scale;

/// <summary>
/// <c>seed-scale --journeys N --hubs H [--resume] [--batch B] [--writers W]</c>: a synthetic national data set for
/// benchmarks. Journeys are written in batches of whole streams by bulk copy (<see cref="ScaleWriter"/>: one
/// transaction per batch, with the checkpoint), their data keys created in bulk first, by W workers at once
/// (default 2, one a core) committing in batch order (<see cref="ScalePipeline"/>); progress, rate and ETA on
/// standard error. Once every batch is in, the log is put in time order across journeys as a real store's is
/// (<see cref="ScaleLogOrder"/>, resumable too). The live subscriptions then start after the seeded history
/// (<see cref="SeededHistory"/>); Insights catches up through <c>ops/hubs rebuild</c>.
/// Exit 2 on bad options or when an earlier run exists and <c>--resume</c> was not given.
/// </summary>
internal sealed class SeedScaleCommand(
    IDocumentStore store,
    KeyworkerKeys keys,
    HubDirectory directory,
    NpgsqlDataSource dataSource,
    TimeProvider clock
) : IHostCommand
{
    private const int HeapLimitMb = 128;
    private const int DefaultWriters = 2;
    private const string Usage = "seed-scale --journeys N --hubs H [--resume] [--batch B] [--writers W]";

    public static string Name => "seed-scale";

    public static string Help =>
        Usage + ": a synthetic data set for benchmarks (run migrate first; never on live data).";

    public Task<int> RunAsync(HostCommandCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return RunAsync(call, CancellationToken.None);
    }

    private async Task<int> RunAsync(HostCommandCall call, CancellationToken cancellationToken)
    {
        if (
            !TryRead(call, out var journeys, out var hubs, out var batch, out var writers)
            || hubs > directory.Hubs.Count
        )
        {
            await call.UsageAsync(Usage);
            await call.Error.WriteLineAsync($"H may be at most the {directory.Hubs.Count} Hubs of Hubs:Directory.");
            return HostCommandCall.BadArguments;
        }

        var plan = new ScalePlan(journeys, [.. directory.Hubs.Take(hubs).Select(h => h.Id)]);
        var checkpoint = await StartAsync(plan, call.Flag("--resume"), cancellationToken);
        if (checkpoint is null)
        {
            return HostCommandCall.BadArguments;
        }

        KeepHeapSmall();
        var clockRun = Stopwatch.StartNew();
        var startedAt = checkpoint.Done;
        var searchKeys = new Dictionary<string, byte[]>();
        foreach (var hubId in plan.HubIds)
        {
            searchKeys[hubId] = await SearchKey.ForHubAsync(keys, hubId, cancellationToken);
        }

        var writer = new ScaleWriter((DocumentStore)store, dataSource, searchKeys);
        var pipeline = new ScalePipeline(writer, keys, plan, batch);
        checkpoint = await pipeline.RunAsync(
            checkpoint,
            writers,
            done =>
                ProgressBar.Draw(
                    new RepublishProgress(done.Done - startedAt, journeys - startedAt, clockRun.Elapsed),
                    "journeys"
                ),
            cancellationToken
        );
        Console.Error.WriteLine();
        if (!checkpoint.Ordered)
        {
            var pass = Stopwatch.StartNew();
            var ordered = await ScaleLogOrder.PutInTimeOrderAsync(store, dataSource, checkpoint, cancellationToken);
            Console.Error.WriteLine($"Put {ordered} events in time order in {pass.Elapsed.TotalSeconds:F1} s.");
        }

        await ScaleLogOrder.VacuumAsync(dataSource, cancellationToken);
        await SeededHistory.MarkPublishedAsync(dataSource, cancellationToken);
        var rate = (checkpoint.Done - startedAt) / Math.Max(clockRun.Elapsed.TotalSeconds, 0.001);
        Console.WriteLine(
            $"Seeded {checkpoint.Done - startedAt} journeys in {clockRun.Elapsed.TotalSeconds:F1} s "
                + $"({rate:F0} journeys/s); "
                + $"{checkpoint.Done} of {journeys} over {hubs} Hubs, {checkpoint.Activities} team activities."
        );
        return 0;
    }

    /// <summary>
    /// A run of a million journeys makes gigabytes of short-lived JSON: without a limit the GC lets the heap grow
    /// far past what the batches in flight need, so the heap is capped for this command alone.
    /// </summary>
    private static void KeepHeapSmall()
    {
        AppContext.SetData("GCHeapHardLimit", (ulong)HeapLimitMb * 1024 * 1024);
        GC.RefreshMemoryLimit();
    }

    private async Task<ScaleCheckpoint?> StartAsync(ScalePlan plan, bool resume, CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession();
        var earlier = await session.LoadAsync<ScaleCheckpoint>(ScaleCheckpoint.TheRun, cancellationToken);
        if (earlier is not null && (!resume || earlier.Hubs != plan.HubIds.Count || earlier.Seed != plan.Seed))
        {
            Console.Error.WriteLine(
                $"An earlier run seeded {earlier.Done} of {earlier.Journeys} journeys over {earlier.Hubs} Hubs: "
                    + "continue it with --resume and the same --hubs."
            );
            return null;
        }

        await ClinicianSeed.SeedAsync(session, plan.HubIds, cancellationToken);
        await session.SaveChangesAsync(cancellationToken);
        return (
            earlier
            ?? new ScaleCheckpoint(
                ScaleCheckpoint.TheRun,
                plan.Journeys,
                plan.HubIds.Count,
                plan.Seed,
                clock.GetUtcNow(),
                0,
                0
            )
        ) with
        {
            Journeys = plan.Journeys,
        };
    }

    private static bool TryRead(HostCommandCall call, out int journeys, out int hubs, out int batch, out int writers)
    {
        hubs = 0;
        batch = 250;
        writers = DefaultWriters;
        return int.TryParse(call.Option("--journeys"), out journeys)
            && journeys > 0
            && int.TryParse(call.Option("--hubs"), out hubs)
            && hubs > 0
            && (call.Option("--batch") is not { } b || (int.TryParse(b, out batch) && batch > 0))
            && (call.Option("--writers") is not { } w || (int.TryParse(w, out writers) && writers is > 0 and <= 16));
    }
}
