using Hubs.ServiceDefaults.Commands;
using Hubs.Web.Features.Privacy;

namespace Hubs.Web.Operations;

/// <summary>After a master-key rotation: every data key wrapped again under the current master key.</summary>
internal sealed class RewrapDataKeysCommand(DataKeyRewrapping rewrapping, MasterKeys masterKeys) : IHostCommand
{
    public static string Name => "rewrap-data-keys";

    public static string Help => "Re-wraps every data key under the current master key.";

    public async Task<int> RunAsync(HostCommandCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var rewrapped = await rewrapping.RunAsync(CancellationToken.None);
        await call.Output.WriteLineAsync($"Re-wrapped {rewrapped} data keys under master key {masterKeys.CurrentId}.");
        return 0;
    }
}
