using System.Globalization;
using Hubs.Insights.Store;
using Hubs.ServiceDefaults.Commands;
using Npgsql;

namespace Hubs.Insights.Operations;

/// <summary>Where a cut-off rebuild resumes: the last event sequence number it applied (0 after a reset).</summary>
internal sealed class RebuildPositionCommand(NpgsqlDataSource dataSource) : IHostCommand
{
    public static string Name => "rebuild-position";

    public static string Help => "Prints the last event sequence number the rebuild applied (0 after a reset).";

    public async Task<int> RunAsync(HostCommandCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        await call.Output.WriteLineAsync(
            (await RebuildPosition.LoadAsync(dataSource)).ToString(CultureInfo.InvariantCulture)
        );
        return 0;
    }
}
