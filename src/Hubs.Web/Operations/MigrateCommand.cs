using Hubs.ServiceDefaults.Commands;
using Hubs.ServiceDefaults.DataProtection;
using Hubs.ServiceDefaults.RateLimiting;
using Hubs.Web.Features.Clinicians;
using Marten;
using Npgsql;

namespace Hubs.Web.Operations;

/// <summary>
/// The clinical schema: Marten's event store and documents, the key ring and the rate-limit windows; then any
/// read model added since the journeys were written is built from their events.
/// </summary>
internal sealed class MigrateCommand(IDocumentStore store, NpgsqlDataSource dataSource) : IHostCommand
{
    public static string Name => "migrate";

    public static string Help => "Applies the clinical schema (idempotent).";

    public async Task<int> RunAsync(HostCommandCall call)
    {
        await ApplyAsync(store, dataSource);
        return 0;
    }

    public static async Task ApplyAsync(IDocumentStore store, NpgsqlDataSource dataSource)
    {
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        await SharedDataProtection.EnsureTableAsync(dataSource, "clinical");
        await WindowCounter.EnsureTableAsync(dataSource, "clinical");
        await NewReadModels.BuildMissingAsync(store, CancellationToken.None);
        await ProfileHubsMigration.RunAsync(store, CancellationToken.None);
    }
}
