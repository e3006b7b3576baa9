using System.Diagnostics;
using Hubs.Insights.Store;
using Hubs.Testing;
using Hubs.Web.Features.Publishing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Hubs.Benchmarks.Scale;

internal sealed record RebuildFigures(long Applied, double EventsPerSecond, bool Complete);

/// <summary>
/// The Insights rebuild as <c>ops/hubs rebuild</c> does it (empty the aggregates, replay every journey event through
/// the live publisher), timed until Insights has applied what was replayed, as the pipeline benchmark times it.
/// With <c>--rebuild-seconds</c> the replay is cut off after that long and the rate is over what was applied.
/// </summary>
internal static class ScaleRebuild
{
    public static async Task<RebuildFigures> RunAsync(ScaleStack stack, int seconds)
    {
        await InsightsSchema.ResetAsync(stack.Insights.Services.GetRequiredService<NpgsqlDataSource>());
        long replayed = 0;
        var clock = Stopwatch.StartNew();
        using var limit = seconds > 0 ? new CancellationTokenSource(TimeSpan.FromSeconds(seconds)) : new CancellationTokenSource();
        var complete = true;
        try
        {
            replayed = await stack.Web.Services.GetRequiredService<RepublishAllMilestones>()
                .RunAsync(new Progress<RepublishProgress>(p => replayed = p.Done), limit.Token);
        }
        catch (OperationCanceledException)
        {
            complete = false;
        }

        await Poll.UntilAsync(async () => await AppliedAsync(stack) >= replayed, "Insights applied the replay", TimeSpan.FromHours(2));
        var applied = await AppliedAsync(stack);
        Console.WriteLine($"Rebuild: {applied:N0} events applied in {clock.Elapsed.TotalSeconds:F0} s{(complete ? "" : " (replay cut off)")}.");
        return new RebuildFigures(applied, applied / clock.Elapsed.TotalSeconds, complete);
    }

    private static Task<long> AppliedAsync(ScaleStack stack) => stack.Database.CountAsync("SELECT count(*) FROM insights.processed_messages");
}
