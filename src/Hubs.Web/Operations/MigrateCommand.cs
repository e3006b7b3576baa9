using Hubs.ServiceDefaults.Commands;
using Hubs.ServiceDefaults.DataProtection;
using Hubs.ServiceDefaults.RateLimiting;
using Hubs.Web.Features.Clinicians;
using Hubs.Web.Features.Journeys.OverseeingHub;
using Hubs.Web.Features.Journeys.Searching;
using Hubs.Web.Features.Privacy;
using Marten;
using Npgsql;

namespace Hubs.Web.Operations;

/// <summary>
/// The clinical schema: Marten's event store and documents, the key ring and the rate-limit windows; then any
/// read model added since the journeys were written is built from their events. Last, the documents' tables are
/// analysed: an index on a document field is an expression index, and PostgreSQL plans with it only once ANALYZE
/// has gathered that expression's statistics (the audit view read 45,000 rows to show 200 until then); before that,
/// summaries written before they kept the overview's open-case facts are filled (<see cref="OpenCaseBackfill"/>);
/// vacuumed too,
/// so that a list read from an index alone (the overview's waits) need not visit the table rows it counts. Then staff
/// search's index is filled for journeys that have no row yet (<see cref="SearchIndexBackfill"/>).
/// </summary>
internal sealed class MigrateCommand(IDocumentStore store, NpgsqlDataSource dataSource, KeyworkerKeys keys)
    : IHostCommand
{
    public static string Name => "migrate";

    public static string Help => "Applies the clinical schema (idempotent).";

    public async Task<int> RunAsync(HostCommandCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var (opened, openTook) = await ApplyAsync(store, dataSource);
        await call.Output.WriteLineAsync(
            $"Open-case facts: {opened} summaries filled in {openTook.TotalSeconds:F1} s."
        );
        var (written, took) = await SearchIndexBackfill.RunAsync(store, dataSource, keys, CancellationToken.None);
        await call.Output.WriteLineAsync($"Staff search index: {written} journeys added in {took.TotalSeconds:F1} s.");
        return 0;
    }

    public static async Task<(int Filled, TimeSpan Took)> ApplyAsync(IDocumentStore store, NpgsqlDataSource dataSource)
    {
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        await SharedDataProtection.EnsureTableAsync(dataSource, "clinical");
        await WindowCounter.EnsureTableAsync(dataSource, "clinical");
        await NewReadModels.BuildMissingAsync(store, CancellationToken.None);
        await ProfileHubsMigration.RunAsync(store, CancellationToken.None);
        var filled = await OpenCaseBackfill.RunAsync(
            dataSource,
            store.Options.DatabaseSchemaName,
            CancellationToken.None
        );
        await VacuumDocumentsAsync(store, dataSource);
        return filled;
    }

    private static async Task VacuumDocumentsAsync(IDocumentStore store, NpgsqlDataSource dataSource)
    {
        var schema = store.Options.DatabaseSchemaName;
        await using var list = dataSource.CreateCommand(
            "select tablename from pg_tables where schemaname = $1 and tablename like 'mt_doc_%'"
        );
        list.Parameters.Add(new NpgsqlParameter { Value = schema });
        var tables = new List<string>();
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        foreach (var table in tables)
        {
            await using var analyse = dataSource.CreateCommand($"vacuum (analyze) \"{schema}\".\"{table}\"");
            analyse.CommandTimeout = 0; // a 1,000,000-journey table takes longer than the default 30 s
            await analyse.ExecuteNonQueryAsync();
        }
    }
}
