using Hubs.Insights.Store;
using Hubs.ServiceDefaults.Commands;
using Hubs.ServiceDefaults.DataProtection;
using Npgsql;

namespace Hubs.Insights.Operations;

/// <summary>The anonymised store's schema and the host's key ring table.</summary>
internal sealed class MigrateCommand(NpgsqlDataSource dataSource) : IHostCommand
{
    public static string Name => "migrate";

    public static string Help => "Applies the insights schema (idempotent).";

    public async Task<int> RunAsync(HostCommandCall call)
    {
        await InsightsSchema.ApplyAsync(dataSource);
        await SharedDataProtection.EnsureTableAsync(dataSource, "insights");
        return 0;
    }
}
