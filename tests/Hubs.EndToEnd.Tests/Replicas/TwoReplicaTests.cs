using System.Diagnostics;
using Hubs.EndToEnd.Tests.Journeys;
using Hubs.Insights;
using Hubs.Insights.Store;
using Hubs.Testing;
using Hubs.Web;
using Hubs.Web.Features.Publishing;
using Hubs.Web.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Hubs.EndToEnd.Tests.Replicas;

/// <summary>
/// Two Web and two Insights replicas against one PostgreSQL and one RabbitMQ, as a provider runs
/// them: all four serve requests, one Web replica leads the daemon, the other takes over within 30 s
/// of the leader stopping, and the Insights aggregates equal a from-scratch rebuild afterwards.
/// </summary>
public class TwoReplicaTests
{
    [Fact]
    public async Task Replicas_share_the_work_hand_over_leadership_and_publish_each_event_once()
    {
        var database = await TestDatabase.CreateAsync();
        await using var vhost = await TestVirtualHost.CreateAsync();
        var webSettings = HubsSettings.Web(database, vhost.Uri, HubsSettings.NewLogFile("web-replica"));
        await using var insightsA = new TestHost<InsightsEntryPoint>(
            HubsSettings.Insights(database, vhost.Uri, HubsSettings.NewLogFile("insights-a"))
        );
        await using var insightsB = new TestHost<InsightsEntryPoint>(
            HubsSettings.Insights(database, vhost.Uri, HubsSettings.NewLogFile("insights-b"))
        );
        _ = (insightsA.Services, insightsB.Services);
        var clock = new TestClock();
        await using var webA = new TestHost<WebEntryPoint>(webSettings, clock: clock);
        await using var webB = new TestHost<WebEntryPoint>(webSettings, clock: clock);
        var webClients = new[] { webA.CreateClient(), webB.CreateClient() };

        await Poll.UntilAsync(() => DaemonLeadership.RunningCount(webA, webB) == 1, "one Web replica leads");
        var onA = new MarkedJourneys(webClients[0], clock);
        var onB = new MarkedJourneys(webClients[1], clock);
        for (var i = 0; i < 6; i++)
        {
            var journeys = i % 2 == 0 ? onA : onB;
            await (i < 4 ? journeys.TreatedAsync($"r{i}", i) : journeys.SignpostedAsync($"r{i}"));
        }

        await onA.TeamActivityAsync("team-a", 9);
        var (leader, follower) = DaemonLeadership.IsRunning(webA) ? (webA, webB) : (webB, webA);
        await leader.DisposeAsync();
        var handover = Stopwatch.StartNew();
        await Poll.UntilAsync(
            () => DaemonLeadership.IsRunning(follower),
            "the other Web replica leads",
            TimeSpan.FromSeconds(30)
        );
        Assert.True(handover.Elapsed < TimeSpan.FromSeconds(30));
        var afterHandover = new MarkedJourneys(follower.CreateClient(), clock);
        await afterHandover.TreatedAsync("s0", 7, hubId: "south");
        await afterHandover.WithdrawnAsync("s1", hubId: "south");

        var milestones = onA.Milestones + onB.Milestones + afterHandover.Milestones;
        await Poll.UntilAsync(
            async () => await database.CountAsync("SELECT count(*) FROM insights.processed_messages") == milestones,
            $"all {milestones} milestones reach Insights",
            TimeSpan.FromMinutes(2)
        );
        var feedA = await ReferralFeed.GetStringAsync(insightsA.CreateClient());
        Assert.Equal(feedA, await ReferralFeed.GetStringAsync(insightsB.CreateClient()));
        Assert.Equal(
            8,
            await database.CountAsync("SELECT count(*) FROM insights.journey_facts WHERE referral_month IS NOT NULL")
        );
        var live = feedA + await InsightsTables.DumpAggregatesAsync(database.Admin);

        await InsightsSchema.ResetAsync(insightsA.Services.GetRequiredService<NpgsqlDataSource>());
        await follower.Services.GetRequiredService<RepublishAllMilestones>().RunAsync(null, CancellationToken.None);
        await Poll.UntilAsync(
            async () => await database.CountAsync("SELECT count(*) FROM insights.processed_messages") == milestones,
            "the rebuild is consumed",
            TimeSpan.FromMinutes(2)
        );
        Assert.Equal(
            live,
            await ReferralFeed.GetStringAsync(insightsB.CreateClient())
                + await InsightsTables.DumpAggregatesAsync(database.Admin)
        );
    }
}
