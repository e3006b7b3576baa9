using System.Text.Json;
using Hubs.EndToEnd.Tests.Journeys;
using Hubs.Insights;
using Hubs.Insights.Store;
using Hubs.Testing;
using Hubs.Web;
using Hubs.Web.Features.Publishing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Hubs.EndToEnd.Tests.Resilience;

/// <summary>
/// A thousand journey events (whole journeys: referral to discharge, signposting, withdrawals and team
/// activities) flow while the RabbitMQ node is killed with SIGKILL and started again mid-stream.
/// Afterwards Insights holds every milestone exactly once, and a from-scratch rebuild (empty the
/// store, replay every event) produces exactly the same aggregates.
/// </summary>
public class BrokerCrashTests
{
    private const int Events = 1000;

    [Fact]
    public async Task Nothing_is_lost_or_counted_twice_when_the_broker_is_killed_mid_stream()
    {
        var database = await TestDatabase.CreateAsync();
        await using var broker = await DedicatedBroker.StartAsync();
        await using var insights = new TestHost<InsightsEntryPoint>(
            HubsSettings.Insights(database, broker.Uri, HubsSettings.NewLogFile("insights-crash"))
        );
        _ = insights.Services;
        var clock = new TestClock();
        await using var web = new TestHost<WebEntryPoint>(
            HubsSettings.Web(database, broker.Uri, HubsSettings.NewLogFile("web-crash")),
            clock: clock
        );

        Task? restart = null;
        var journeys = new MarkedJourneys(web.CreateClient(), clock, async written =>
        {
            if (written == 300)
            {
                await broker.KillAsync();
            }

            if (written == 600)
            {
                restart = broker.StartAgainAsync();
            }
        });
        for (var n = 0; journeys.Written < Events; n++)
        {
            var hub = n % 3 == 0 ? "south" : "north";
            var journey = (n % 7) switch
            {
                5 => journeys.SignpostedAsync($"c{n}", hub),
                6 => journeys.WithdrawnAsync($"c{n}", hub),
                _ => journeys.TreatedAsync($"c{n}", n, hub),
            };
            await journey;
            if (n % 10 == 0)
            {
                await journeys.TeamActivityAsync($"t{n}", 3 + n, hub);
            }
        }

        await restart!;
        Assert.True(await database.CountAsync("SELECT count(*) FROM clinical.mt_events") >= Events);
        await Poll.UntilAsync(
            async () =>
                await database.CountAsync("SELECT count(*) FROM insights.processed_messages") == journeys.Milestones,
            $"every one of {journeys.Milestones} milestones reached Insights",
            TimeSpan.FromMinutes(3)
        );
        await Task.Delay(TimeSpan.FromSeconds(2)); // a redelivered duplicate would land now
        Assert.Equal(
            journeys.Milestones,
            await database.CountAsync("SELECT count(*) FROM insights.processed_messages")
        );
        var live = await AggregatesAsync(database, insights);

        await InsightsSchema.ResetAsync(insights.Services.GetRequiredService<NpgsqlDataSource>());
        Assert.Equal(0, await database.CountAsync("SELECT count(*) FROM insights.journey_facts"));
        await web.Services.GetRequiredService<RepublishAllMilestones>().RunAsync(null, CancellationToken.None);
        await Poll.UntilAsync(
            async () =>
                await database.CountAsync("SELECT count(*) FROM insights.processed_messages") == journeys.Milestones,
            "the rebuild replayed every milestone",
            TimeSpan.FromMinutes(2)
        );

        Assert.Equal(live, await AggregatesAsync(database, insights));
    }

    /// <summary>The feed, every aggregate table and the facts the metrics compute from.</summary>
    private static async Task<string> AggregatesAsync(TestDatabase database, TestHost<InsightsEntryPoint> insights) =>
        string.Join(
            '\n',
            await ReferralFeed.GetStringAsync(insights.CreateClient()),
            await InsightsTables.DumpAggregatesAsync(database.Admin),
            JsonSerializer.Serialize(
                await insights.Services.GetRequiredService<JourneyFactsStore>().LoadAsync(JourneyFactsFilter.Everything)
            )
        );
}
