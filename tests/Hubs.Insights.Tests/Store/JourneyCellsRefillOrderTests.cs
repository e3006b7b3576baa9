using Hubs.Insights.Consumers;
using Hubs.Insights.Store;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Hubs.Insights.Tests.Store;

/// <summary>
/// The refill sums two Hubs at once: the Hub with the most journeys is summed first, whatever its name, so that the
/// Hubs summed last, when one may be summed alone on half the machine, are the small ones.
/// </summary>
public class JourneyCellsRefillOrderTests(InsightsHostFixture insights) : IClassFixture<InsightsHostFixture>
{
    [Fact]
    public async Task The_Hub_with_more_journeys_is_summed_before_one_with_fewer()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        string small = $"order-a-{run}", large = $"order-b-{run}";
        var random = new Random(11);
        var milestones = new[] { (small, 2), (large, 5) }
            .SelectMany(h => Enumerable.Range(0, h.Item2).Select(j => (Hub: h.Item1, Key: $"{h.Item1}-{j}")))
            .SelectMany(j => VariedJourneys.Contracts(j.Key, [j.Hub], random))
            .Select(c => new Milestone(Guid.NewGuid(), c))
            .ToList();
        await insights
            .Host.Services.GetRequiredService<MilestoneBatch>()
            .ApplyAsync(milestones, 0, CancellationToken.None);

        await using var connection = await insights
            .Host.Services.GetRequiredService<NpgsqlDataSource>()
            .OpenConnectionAsync();
        var hubs = await JourneyCellsRefill.HubsAsync(connection, null, CancellationToken.None);

        Assert.True(hubs.IndexOf(large) < hubs.IndexOf(small), string.Join(", ", hubs));
        Assert.Contains(small, hubs);
    }
}
