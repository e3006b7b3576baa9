using System.Globalization;
using Hubs.Identity.Oidc;
using Hubs.ServiceDefaults.Commands;

namespace Hubs.Identity.Operations;

/// <summary>ops/runbooks/rotate-oidc-keys.md: a new pair, published now, signing after the given hours.</summary>
internal sealed class RotateKeysCommand(OidcKeyStore keys, TimeProvider clock) : IHostCommand
{
    public static string Name => "rotate-keys";

    public static string Help =>
        "rotate-keys [HOURS]: a new signing and encryption pair, signing after HOURS (default 24).";

    public async Task<int> RunAsync(HostCommandCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var hours = 24d;
        if (call.Positional is { } given && !double.TryParse(given, CultureInfo.InvariantCulture, out hours))
        {
            return await call.UsageAsync("rotate-keys [HOURS]");
        }

        await keys.RotateAsync(TimeSpan.FromHours(hours));
        await call.Output.WriteLineAsync(
            $"New signing and encryption keys stored; they sign from {clock.GetUtcNow().AddHours(hours):u}. "
                + "Restart every Identity instance."
        );
        return 0;
    }
}
