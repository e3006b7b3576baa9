using System.Diagnostics;
using Hubs.Insights.Store;
using Hubs.Testing;
using Hubs.Web.Features.Journeys.SubmittingSelfReferral;
using Hubs.Web.Features.Privacy;
using Hubs.Web.Features.Publishing;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Hubs.Benchmarks.Pipeline;

/// <summary>
/// Seeds N journey events, lets the live pipeline catch up, then times a from-scratch rebuild:
/// empty the Insights store and replay every event until Insights has applied them all.
/// </summary>
internal static class RebuildBenchmark
{
    public static async Task RunAsync(int events)
    {
        await using var pipeline = await PipelineUnderTest.StartAsync();
        var store = pipeline.Web.Services.GetRequiredService<IDocumentStore>();
        var keys = pipeline.Web.Services.GetRequiredService<KeyworkerKeys>();
        var seeding = Stopwatch.StartNew();
        for (var written = 0; written < events; written += 1000)
        {
            await using var session = store.LightweightSession();
            for (var i = written; i < Math.Min(events, written + 1000); i++)
            {
                await SelfReferralStream.StartAsync(
                    session,
                    keys,
                    Synthetic.Referral(i),
                    DateTimeOffset.UtcNow.AddDays(-(i % 365)),
                    keyworkerId: null,
                    CancellationToken.None
                );
            }

            await session.SaveChangesAsync();
        }

        Console.WriteLine($"seeded {events} events in {seeding.Elapsed.TotalSeconds:F1} s");
        var live = Stopwatch.StartNew();
        await Poll.UntilAsync(
            async () => await pipeline.AppliedAsync() == events,
            "the live pipeline caught up",
            TimeSpan.FromHours(1)
        );
        // The live pipeline applies events while they are written, so its rate is over seeding and the tail
        // together (the tail alone would divide every event by only the last few seconds).
        var whole = seeding.Elapsed;
        Console.WriteLine(
            $"live pipeline: {events} events applied {whole.TotalSeconds:F1} s "
                + $"after seeding began, {live.Elapsed.TotalSeconds:F1} s after it ended "
                + $"({events / whole.TotalSeconds:F0} events/s, bounded by the seeding rate)"
        );

        await InsightsSchema.ResetAsync(pipeline.Insights.Services.GetRequiredService<NpgsqlDataSource>());
        var rebuild = Stopwatch.StartNew();
        await pipeline.Web.Services.GetRequiredService<RepublishAllMilestones>().RunAsync(null, CancellationToken.None);
        var replayed = rebuild.Elapsed;
        await Poll.UntilAsync(
            async () => await pipeline.AppliedAsync() == events,
            "the rebuild was applied",
            TimeSpan.FromHours(1)
        );
        Console.WriteLine(
            $"rebuild: {events} events replayed in {replayed.TotalSeconds:F1} s, applied in "
                + $"{rebuild.Elapsed.TotalSeconds:F1} s = {events / rebuild.Elapsed.TotalSeconds:F0} events/s"
        );
    }
}
