using Hubs.Insights.Store;
using Hubs.ServiceDefaults.Commands;
using Npgsql;

namespace Hubs.Insights.Operations;

/// <summary>
/// The rebuild's first half: the anonymised store emptied before Web replays every milestone into it.
/// </summary>
internal sealed class ResetAggregatesCommand(NpgsqlDataSource dataSource) : IHostCommand
{
    public static string Name => "reset-aggregates";

    public static string Help => "Empties every table of the insights schema (before `republish`).";

    public async Task<int> RunAsync(HostCommandCall call)
    {
        await InsightsSchema.ResetAsync(dataSource);
        return 0;
    }
}
