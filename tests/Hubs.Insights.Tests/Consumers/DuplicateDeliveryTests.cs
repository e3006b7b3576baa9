using Hubs.Contracts.Journeys;
using Hubs.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Hubs.Insights.Tests.Consumers;

public class DuplicateDeliveryTests(InsightsHostFixture insights) : IClassFixture<InsightsHostFixture>
{
    [Fact]
    public async Task Every_referral_delivered_twice_is_counted_once()
    {
        var bus = insights.Host.Services.GetRequiredService<IBus>();
        const string week = "2026-W10";
        for (var i = 0; i < 8; i++)
        {
            var referral = new ReferralSubmitted(
                $"key-{Guid.NewGuid():N}",
                "north",
                1,
                week,
                "2026-03",
                "health",
                "nursing",
                "25-34",
                "female",
                "white",
                "no",
                false
            );
            var messageId = Guid.NewGuid();
            await bus.Publish(referral, context => context.MessageId = messageId);
            await bus.Publish(referral, context => context.MessageId = messageId);
        }

        var dataSource = insights.Host.Services.GetRequiredService<NpgsqlDataSource>();
        await Poll.UntilAsync(
            async () => await CountAsync(dataSource, "SELECT count(*) FROM insights.processed_messages") == 8,
            "eight messages applied"
        );
        await Task.Delay(TimeSpan.FromSeconds(1)); // let any duplicate that would be counted land

        Assert.Equal(
            8,
            await CountAsync(dataSource, "SELECT count(*) FROM insights.journey_facts WHERE hub_id = 'north'")
        );
        var feed = await ReferralFeed.GetAsync(insights.Host.CreateClient());
        // 8 is published within 2 of itself (6–10: "*" or "10"); counted twice it would be 14–18 ("15" or "20").
        Assert.Contains(ReferralFeed.Cell(feed, "north", week), new[] { "*", "10" });
    }

    private static async Task<long> CountAsync(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
