using System.Net;
using System.Net.Http.Json;
using Hubs.Testing;
using Hubs.Testing.Auth;
using Hubs.Web.Tests.Journeys;

namespace Hubs.Web.Tests.Daemon;

/// <summary>
/// Two Web hosts against one database, as two replicas would run: the async daemon (and with it the
/// milestone publisher) runs on exactly one of them, and the other takes over when the leader stops.
/// This exercises the real Patched.DistributedLock.Postgres 1.3.3 that Marten's leader election uses.
/// </summary>
public class HotColdLeadershipTests
{
    private static readonly TimeSpan Handover = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Only_one_host_runs_the_daemon_and_the_other_takes_over_when_it_stops()
    {
        var database = await TestDatabase.CreateAsync();
        await using var vhost = await TestVirtualHost.CreateAsync();
        var settings = HubsSettings.Web(database, vhost.Uri, HubsSettings.NewLogFile("web-hotcold"));
        var first = new TestHost<WebEntryPoint>(settings);
        var second = new TestHost<WebEntryPoint>(settings);
        try
        {
            var clients = new[] { first.CreateClient(), second.CreateClient() };
            await Poll.UntilAsync(() => DaemonLeadership.RunningCount(first, second) == 1, "one leader elected");
            await Task.Delay(TimeSpan.FromSeconds(3));
            Assert.Equal(1, DaemonLeadership.RunningCount(first, second));

            foreach (var client in clients)
            {
                var response = await client.PostAsKeyworkerAsync("/api/journeys", Referrals.Valid());
                Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            }

            var (leader, follower) = DaemonLeadership.IsRunning(first) ? (first, second) : (second, first);
            await leader.DisposeAsync();

            await Poll.UntilAsync(() => DaemonLeadership.IsRunning(follower), "the follower took over", Handover);
            var late = await follower.CreateClient().PostAsKeyworkerAsync("/api/journeys", Referrals.Valid());
            Assert.Equal(HttpStatusCode.Created, late.StatusCode);
            await Poll.UntilAsync(
                () => DaemonLeadership.PublisherIsCaughtUpAsync(database),
                "the new leader published every event"
            );
        }
        finally
        {
            await first.DisposeAsync();
            await second.DisposeAsync();
        }
    }
}
