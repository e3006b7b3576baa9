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
        string small = $"order-a-{run}",
            large = $"order-b-{run}";
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

    /// <summary>
    /// On a store with no record keys' salt yet (a first fill: a reset keeps the salt), the refill makes it before it
    /// sums a Hub, in a transaction of its own: made by the first Hub's transaction, it held the second Hub's refill
    /// until the first committed, so the two largest Hubs were summed one after the other, on one core.
    /// </summary>
    [Fact]
    public async Task The_record_keys_salt_is_made_before_the_Hubs_are_summed_not_by_one_of_them()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        string[] hubs = [$"salt-a-{run}", $"salt-b-{run}"];
        var random = new Random(5);
        var milestones = Enumerable
            .Range(0, 6)
            .SelectMany(j => VariedJourneys.Contracts($"salt-{j}-{run}", hubs, random))
            .Select(c => new Milestone(Guid.NewGuid(), c))
            .ToList();
        var batch = insights.Host.Services.GetRequiredService<MilestoneBatch>();
        await batch.ApplyAsync(milestones, 0, CancellationToken.None);
        await using var data = NpgsqlDataSource.Create(insights.Database.Admin);
        await using (var empty = data.CreateCommand("DELETE FROM insights.record_key_salt"))
        {
            await empty.ExecuteNonQueryAsync();
        }

        await batch.RefillCellsAsync(CancellationToken.None);

        await using var writers = data.CreateCommand(
            """
            SELECT (SELECT xmin::text FROM insights.record_key_salt),
                   (SELECT array_agg(DISTINCT xmin::text) FROM insights.journey_cells WHERE hub_id = ANY($1))
            """
        );
        writers.Parameters.Add(new NpgsqlParameter { Value = hubs });
        await using var reader = await writers.ExecuteReaderAsync();
        await reader.ReadAsync();
        var refills = reader.GetFieldValue<string[]>(1);
        Assert.Equal(2, refills.Length);
        Assert.DoesNotContain(reader.GetString(0), refills);
    }
}
