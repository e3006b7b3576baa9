using Hubs.Identity.Oidc;
using Hubs.ServiceDefaults.Commands;

namespace Hubs.Identity.Operations;

/// <summary>
/// ops/runbooks/rotate-oidc-keys.md: stop publishing and accepting every key older than the newest pair.
/// </summary>
internal sealed class RetireKeysCommand(OidcKeyStore keys) : IHostCommand
{
    public static string Name => "retire-keys";

    public static string Help => "Retires every OIDC key older than the newest pair.";

    public async Task<int> RunAsync(HostCommandCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var retired = await keys.RetireOlderThanNewestAsync();
        await call.Output.WriteLineAsync($"{retired} older key(s) retired. Restart every Identity instance.");
        return 0;
    }
}
