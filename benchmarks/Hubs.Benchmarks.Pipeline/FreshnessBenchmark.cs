using System.Diagnostics;
using System.Net.Http.Json;
using Hubs.Testing;
using Hubs.Testing.Auth;
using Hubs.Web.Testing;

namespace Hubs.Benchmarks.Pipeline;

/// <summary>
/// Writes referrals continuously over HTTP at a steady rate, then measures for every event the time
/// from its commit in the event store to its effect being committed in the Insights store. Both
/// times come from the same PostgreSQL clock (mt_events.timestamp and processed_messages.processed_at).
/// </summary>
internal static class FreshnessBenchmark
{
    public static async Task RunAsync(int seconds, int perSecond)
    {
        await using var pipeline = await PipelineUnderTest.StartAsync();
        var client = pipeline.Web.CreateClient().As(TestPrincipal.Keyworker());
        var clock = Stopwatch.StartNew();
        var sent = 0;
        while (clock.Elapsed < TimeSpan.FromSeconds(seconds))
        {
            var due = (int)(clock.Elapsed.TotalSeconds * perSecond);
            for (; sent < due; sent++)
            {
                using var response = await client.PostAsJsonAsync(
                    "/api/journeys",
                    Referrals.Valid(hubId: sent % 2 == 0 ? "north" : "south")
                );
                response.EnsureSuccessStatusCode();
            }

            await Task.Delay(5);
        }

        await Poll.UntilAsync(
            async () => await pipeline.AppliedAsync() == sent,
            "Insights caught up",
            TimeSpan.FromMinutes(5)
        );
        var median = await LatencyAsync(pipeline.Database, 0.5);
        var p95 = await LatencyAsync(pipeline.Database, 0.95);
        var max = await LatencyAsync(pipeline.Database, 1.0);
        Console.WriteLine(
            $"freshness over {sent} referrals at {perSecond}/s for "
                + $"{seconds} s: median {median} ms, p95 {p95} ms, max {max} ms"
        );
    }

    private static Task<long> LatencyAsync(TestDatabase database, double quantile) =>
        database.CountAsync(
            $"""
            SELECT round(percentile_cont({quantile.ToString(
                System.Globalization.CultureInfo.InvariantCulture
            )}) WITHIN GROUP (
                       ORDER BY extract(epoch FROM p.processed_at - e.timestamp) * 1000))
            FROM insights.processed_messages p JOIN clinical.mt_events e ON e.id = p.message_id
            """
        );
}
