using Hubs.Identity.Data;
using Hubs.Identity.Demo;
using Hubs.ServiceDefaults.Commands;

namespace Hubs.Identity.Operations;

/// <summary>The schema, then the demo accounts and clients of <see cref="DemoSeeder"/>.</summary>
internal sealed class SeedDemoCommand(IServiceProvider services) : IHostCommand
{
    public static string Name => "seed-demo";

    public static string Help =>
        "seed-demo [PATH]: applies the schema, adds demo accounts and clients, writes them to PATH.";

    public async Task<int> RunAsync(HostCommandCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        await IdentitySchema.ApplyAsync(services);
        await DemoSeeder.RunAsync(services, call.Positional, call.Output);
        return 0;
    }
}
