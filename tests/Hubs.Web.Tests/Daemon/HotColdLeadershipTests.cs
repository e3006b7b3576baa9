using System.Net;
using System.Net.Http.Json;
using Hubs.Testing;
using Hubs.Web.Tests.Journeys;
using JasperFx.Events.Daemon;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Hubs.Web.Tests.Daemon;

/// <summary>
/// Two Web hosts against one database, as two replicas would run: the async daemon (and with it the
/// milestone publisher) runs on exactly one of them, and the other takes over when the leader stops.
/// This exercises our own DistributedLock.Postgres implementation, which Marten's leader election uses.
/// </summary>
public class HotColdLeadershipTests
{
    private static readonly TimeSpan Handover = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Only_one_host_runs_the_daemon_and_the_other_takes_over_when_it_stops()
    {
        var database = await TestDatabase.CreateAsync();
        var vhost = await TestVirtualHost.CreateAsync();
        var settings = HubsSettings.Web(database, vhost.Uri, HubsSettings.NewLogFile("web-hotcold"));
        var first = new TestHost<WebEntryPoint>(settings);
        var second = new TestHost<WebEntryPoint>(settings);
        try
        {
            var clients = new[] { first.CreateClient(), second.CreateClient() };
            await Poll.UntilAsync(() => RunningDaemons(first, second) == 1, "one leader elected");
            await Task.Delay(TimeSpan.FromSeconds(3));
            Assert.Equal(1, RunningDaemons(first, second));

            foreach (var client in clients)
            {
                var response = await client.PostAsJsonAsync("/api/journeys", Referrals.Valid());
                Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            }

            var (leader, follower) = IsRunning(first) ? (first, second) : (second, first);
            await leader.DisposeAsync();

            await Poll.UntilAsync(() => IsRunning(follower), "the follower took over", Handover);
            var late = await follower.CreateClient().PostAsJsonAsync("/api/journeys", Referrals.Valid());
            Assert.Equal(HttpStatusCode.Created, late.StatusCode);
            await Poll.UntilAsync(() => PublisherIsCaughtUpAsync(database), "the new leader published every event");
        }
        finally
        {
            await first.DisposeAsync();
            await second.DisposeAsync();
        }
    }

    private static int RunningDaemons(params TestHost<WebEntryPoint>[] hosts) => hosts.Count(IsRunning);

    private static bool IsRunning(TestHost<WebEntryPoint> host)
    {
        var daemon = host.Services.GetRequiredService<IProjectionCoordinator>().DaemonForMainDatabase();
        return daemon.CurrentAgents().Count > 0;
    }

    private static async Task<bool> PublisherIsCaughtUpAsync(TestDatabase database)
    {
        await using var connection = new NpgsqlConnection(database.Admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT (SELECT max(seq_id) FROM clinical.mt_events) = (SELECT max(last_seq_id) FROM clinical.mt_event_progression WHERE name LIKE 'milestone-publisher%')",
            connection);
        return await command.ExecuteScalarAsync() is true;
    }
}
