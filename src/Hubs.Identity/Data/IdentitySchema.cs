using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Hubs.Identity.Data;

/// <summary>
/// Applies the schema, the first key pair, scopes, roles and the clients of <c>Oidc:Clients</c> (the <c>migrate</c>
/// command; at start-up only in Development with
/// <c>Hubs:Schema:AutoCreate</c>). Tables are created once from the EF model; a later model change
/// ships as an explicit, reviewed SQL step here, never as an automatic diff in production.
/// </summary>
public static class IdentitySchema
{
    public static async Task ApplyAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDb>();
        if (!await TableExistsAsync(db, "AspNetUsers", cancellationToken))
        {
            await db.GetService<IRelationalDatabaseCreator>().CreateTablesAsync(cancellationToken);
        }

        await IdentitySchemaChanges.ApplyAsync(scope.ServiceProvider, db, cancellationToken);
        await ServiceDefaults.RateLimiting.WindowCounter.EnsureTableAsync(
            scope.ServiceProvider.GetRequiredService<NpgsqlDataSource>(),
            IdentityDb.Schema,
            cancellationToken
        );

        await scope.ServiceProvider.GetRequiredService<Oidc.OidcKeyStore>().EnsureActiveKeysAsync(cancellationToken);
        await scope.ServiceProvider.GetRequiredService<Oidc.OidcScopes>().EnsureAsync(cancellationToken);
        await scope.ServiceProvider.GetRequiredService<Accounts.HubsRoleSeeder>().EnsureAsync();
        var clients = scope
            .ServiceProvider.GetRequiredService<IConfiguration>()
            .GetSection("Oidc:Clients")
            .Get<List<Oidc.ClientRegistration>>()
            ?? [];
        await scope.ServiceProvider.GetRequiredService<Oidc.OidcClients>().ApplyAsync(clients, cancellationToken);
    }

    private static async Task<bool> TableExistsAsync(IdentityDb db, string table, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand("SELECT to_regclass(@name) IS NOT NULL", connection);
            command.Parameters.AddWithValue("name", $"{IdentityDb.Schema}.\"{table}\"");
            return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
