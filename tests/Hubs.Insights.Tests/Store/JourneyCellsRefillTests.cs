using Hubs.Insights.Consumers;
using Hubs.Insights.Features.Tables;
using Hubs.Insights.Store;
using Hubs.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Hubs.Insights.Tests.Store;

/// <summary>
/// The rebuild's refill of the journey sums locks a Hub, not the table: a live change to one Hub's sums, still open,
/// holds up that Hub's refill only, and the other Hubs' sums are written meanwhile. Once the change is gone, every
/// Hub's sums are exactly every journey's cells added up.
/// </summary>
public class JourneyCellsRefillTests(InsightsHostFixture insights) : IClassFixture<InsightsHostFixture>
{
    [Fact]
    public async Task A_Hubs_refill_is_not_held_up_by_a_live_change_to_another_Hubs_sums()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        string[] hubs = [$"refill-a-{run}", $"refill-b-{run}"];
        var random = new Random(7);
        var milestones = Enumerable
            .Range(0, 120)
            .SelectMany(j => VariedJourneys.Contracts($"refill-{j}-{run}", hubs, random))
            .Select(c => new Milestone(Guid.NewGuid(), c))
            .ToList();
        var data = insights.Host.Services.GetRequiredService<NpgsqlDataSource>();
        await insights
            .Host.Services.GetRequiredService<MilestoneBatch>()
            .ApplyAsync(milestones, 0, CancellationToken.None);

        // A consumer's change to the second Hub's sums, not yet committed.
        await using var live = await data.OpenConnectionAsync();
        await using var change = await live.BeginTransactionAsync();
        var cell = new JourneyCell(hubs[1], "referrals", "2025-01", "all", "referred", 0, 1, 1);
        await JourneyCellsWrite.AddAsync(live, change, [cell], [], CancellationToken.None);

        var refill = JourneyCellsRefill.RunAsync(data);
        var first = await JourneyCellSums.SummedAsync(insights, [hubs[0]]);
        Assert.NotEmpty(first);
        await Poll.UntilAsync(
            async () => (await JourneyCellSums.StoredAsync(insights, [hubs[0]])).SequenceEqual(first),
            "the first Hub's sums are written while the second Hub's change is open"
        );
        Assert.False(refill.IsCompleted);

        await change.RollbackAsync();
        await refill;
        Assert.Equal(
            await JourneyCellSums.SummedAsync(insights, hubs),
            await JourneyCellSums.StoredAsync(insights, hubs)
        );
    }
}
