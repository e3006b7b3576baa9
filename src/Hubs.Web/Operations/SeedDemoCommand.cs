using Hubs.ServiceDefaults.Commands;
using Marten;
using Npgsql;

namespace Hubs.Web.Operations;

/// <summary>The schema, then the synthetic demo clinicians and journeys of <see cref="DemoSeed"/>.</summary>
internal sealed class SeedDemoCommand(IDocumentStore store, NpgsqlDataSource dataSource, IServiceProvider services)
    : IHostCommand
{
    public static string Name => "seed-demo";

    public static string Help => "Applies the schema and adds synthetic demo journeys (once).";

    public async Task<int> RunAsync(HostCommandCall call)
    {
        await MigrateCommand.ApplyAsync(store, dataSource);
        await DemoSeed.RunAsync(services);
        return 0;
    }
}
