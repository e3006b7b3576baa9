using Hubs.Identity.Data;
using Hubs.ServiceDefaults.Commands;

namespace Hubs.Identity.Operations;

/// <summary>The identity schema, its roles, the first OIDC key pair and the clients an operator configures.</summary>
internal sealed class MigrateCommand(IServiceProvider services) : IHostCommand
{
    public static string Name => "migrate";

    public static string Help => "Applies the identity schema and registers the configured clients (idempotent).";

    public async Task<int> RunAsync(HostCommandCall call)
    {
        await IdentitySchema.ApplyAsync(services);
        return 0;
    }
}
