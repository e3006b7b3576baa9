using Hubs.Testing;
using JasperFx.Events.Daemon;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Hubs.Web.Testing;

/// <summary>Which of several Web replicas currently runs the async daemon (the HotCold leader).</summary>
public static class DaemonLeadership
{
    public static bool IsRunning(TestHost<WebEntryPoint> host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var daemon = host.Services.GetRequiredService<IProjectionCoordinator>().DaemonForMainDatabase();
        return daemon.CurrentAgents().Count > 0;
    }

    public static int RunningCount(params TestHost<WebEntryPoint>[] hosts) => hosts.Count(IsRunning);

    /// <summary>Whether the milestone publisher has handled every event in the store.</summary>
    public static async Task<bool> PublisherIsCaughtUpAsync(TestDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        await using var connection = new NpgsqlConnection(database.Admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT (SELECT max(seq_id) FROM clinical.mt_events) = (SELECT max(last_seq_id) "
                + "FROM clinical.mt_event_progression WHERE name LIKE 'milestone-publisher%')",
            connection
        );
        return await command.ExecuteScalarAsync() is true;
    }
}
