using Hubs.Testing.Auth;
using System.Net;
using System.Net.Http.Json;
using Hubs.Insights;
using Hubs.Insights.Store;
using Hubs.Testing;
using Hubs.Web;
using Hubs.Web.Features.Publishing;
using Hubs.Web.Tests.Journeys;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Hubs.EndToEnd.Tests.Resilience;

/// <summary>
/// A thousand referrals flow while the RabbitMQ node is killed with SIGKILL and started again
/// mid-stream. Afterwards the Insights store holds every journey exactly once, and a from-scratch
/// rebuild (empty the store, replay every event) produces exactly the same aggregates.
/// </summary>
public class BrokerCrashTests
{
    private const int Referrals = 1000;

    [Fact]
    public async Task Nothing_is_lost_or_counted_twice_when_the_broker_is_killed_mid_stream()
    {
        var database = await TestDatabase.CreateAsync();
        await using var broker = await DedicatedBroker.StartAsync();
        await using var insights = new TestHost<InsightsEntryPoint>(HubsSettings.Insights(database, broker.Uri, HubsSettings.NewLogFile("insights-crash")));
        _ = insights.Services;
        await using var web = new TestHost<WebEntryPoint>(HubsSettings.Web(database, broker.Uri, HubsSettings.NewLogFile("web-crash")));
        var client = web.CreateClient();

        Task? restart = null;
        for (var i = 0; i < Referrals; i++)
        {
            if (i == 300)
            {
                await broker.KillAsync();
            }

            if (i == 600)
            {
                restart = broker.StartAgainAsync();
            }

            var response = await client.PostAsKeyworkerAsync("/api/journeys", Web.Tests.Journeys.Referrals.Valid(hubId: i % 3 == 0 ? "south" : "north"));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }

        await restart!;
        await Poll.UntilAsync(async () => await database.CountAsync("SELECT count(*) FROM insights.journey_facts") == Referrals,
            "every referral reached Insights", TimeSpan.FromMinutes(3));
        Assert.Equal(Referrals, await database.CountAsync("SELECT count(*) FROM insights.processed_messages"));
        var live = await AggregatesAsync(database, insights.CreateClient());

        await InsightsSchema.ResetAsync(insights.Services.GetRequiredService<NpgsqlDataSource>());
        Assert.Equal(0, await database.CountAsync("SELECT count(*) FROM insights.journey_facts"));
        await web.Services.GetRequiredService<RepublishAllMilestones>().RunAsync(null, CancellationToken.None);
        await Poll.UntilAsync(async () => await database.CountAsync("SELECT count(*) FROM insights.processed_messages") == Referrals,
            "the rebuild replayed every referral", TimeSpan.FromMinutes(2));

        Assert.Equal(live, await AggregatesAsync(database, insights.CreateClient()));
    }

    private static async Task<string> AggregatesAsync(TestDatabase database, HttpClient insights) =>
        await ReferralFeed.GetStringAsync(insights) + "\n" + await InsightsTables.DumpFactsAsync(database.Admin);
}
