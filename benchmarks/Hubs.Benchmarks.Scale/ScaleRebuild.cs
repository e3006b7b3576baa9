using System.Diagnostics;
using Hubs.Insights.Store;
using Hubs.Web.Features.Publishing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Hubs.Benchmarks.Scale;

internal sealed record RebuildFigures(long Applied, double EventsPerSecond, bool Complete);

/// <summary>
/// The Insights rebuild as <c>ops/hubs rebuild</c> does it (empty the aggregates, replay every journey event through
/// the live publisher), timed until Insights has applied what was replayed (its count of processed messages settles).
/// With <c>--rebuild-seconds</c> the replay is cut off after that long and the rate is over what was applied.
/// </summary>
internal static class ScaleRebuild
{
    public static async Task<RebuildFigures> RunAsync(ScaleStack stack, int seconds)
    {
        await InsightsSchema.ResetAsync(stack.Insights.Services.GetRequiredService<NpgsqlDataSource>());
        long replayed = 0;
        var clock = Stopwatch.StartNew();
        using var limit =
            seconds > 0 ? new CancellationTokenSource(TimeSpan.FromSeconds(seconds)) : new CancellationTokenSource();
        var complete = true;
        try
        {
            replayed = await stack
                .Web.Services.GetRequiredService<RepublishAllMilestones>()
                .RunAsync(new Progress<RepublishProgress>(p => replayed = p.Done), limit.Token);
        }
        catch (OperationCanceledException)
        {
            complete = false;
        }

        // Not every replayed message leaves a processed-message row, so "applied" is when the count stops moving.
        var applied = await SettledAsync(stack);
        var took = clock.Elapsed - TimeSpan.FromSeconds(10); // the last, unchanged look does not count
        Console.WriteLine(
            $"Rebuild: {replayed:N0} messages replayed, {applied:N0} applied in {took.TotalSeconds:F0} s"
                + $"{(complete ? "" : " (replay cut off)")}."
        );
        return new RebuildFigures(applied, applied / took.TotalSeconds, complete);
    }

    private static async Task<long> SettledAsync(ScaleStack stack)
    {
        var last = -1L;
        var applied = await AppliedAsync(stack);
        while (applied != last)
        {
            last = applied;
            await Task.Delay(TimeSpan.FromSeconds(10));
            applied = await AppliedAsync(stack);
        }

        return applied;
    }

    private static Task<long> AppliedAsync(ScaleStack stack) =>
        stack.Database.CountAsync("SELECT count(*) FROM insights.processed_messages");
}
