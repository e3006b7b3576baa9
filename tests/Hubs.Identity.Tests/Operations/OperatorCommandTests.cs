using System.Text.Json;
using Hubs.Testing;
using Npgsql;

namespace Hubs.Identity.Tests.Operations;

/// <summary>
/// The host's commands as an operator runs them: a separate process, Production settings, no auto-creation.
/// </summary>
public class OperatorCommandTests
{
    private static async Task<string> RunAsync(
        TestDatabase database,
        string environment,
        string[] arguments,
        Dictionary<string, string>? settings = null
    )
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Hubs.Identity.dll");
        return await Shell.RunAsync(
            "dotnet",
            [dll, .. arguments],
            new Dictionary<string, string>(settings ?? [])
            {
                ["ASPNETCORE_ENVIRONMENT"] = environment,
                ["ConnectionStrings__Identity"] = database.Identity,
                ["Oidc__KeyPassword"] = "operator-test-key-password",
            },
            OneShot.Within
        );
    }

    private static async Task<long> CountAsync(TestDatabase database, string sql)
    {
        await using var connection = new NpgsqlConnection(database.Admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task Migrate_creates_the_identity_schema_and_one_key_pair_and_is_idempotent()
    {
        var database = await TestDatabase.CreateAsync();

        await RunAsync(database, "Production", ["migrate"]);
        await RunAsync(database, "Production", ["migrate"]);

        Assert.Equal(2, await CountAsync(database, "SELECT count(*) FROM identity.oidc_keys"));
        Assert.Equal(6, await CountAsync(database, "SELECT count(*) FROM identity.\"AspNetRoles\""));
        Assert.Equal(
            0,
            await CountAsync(database, "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")
        );
    }

    [Fact]
    public async Task Seed_demo_writes_every_role_in_both_Hubs_and_the_demo_clients_as_json()
    {
        var database = await TestDatabase.CreateAsync();
        var file = Path.Combine(Path.GetTempPath(), $"hubs-demo-{Guid.NewGuid():N}", "demo-credentials.json");

        var printed = await RunAsync(database, "Development", ["seed-demo", file]);

        var json = JsonDocument.Parse(await File.ReadAllTextAsync(file)).RootElement;
        var accounts = json.GetProperty("accounts").EnumerateArray().ToList();
        Assert.Equal(12, accounts.Count);
        Assert.All(accounts.Where(a => a.GetProperty("role").GetString() != "keyworker"), a =>
            Assert.False(string.IsNullOrEmpty(a.GetProperty("totpSecret").GetString()))
        );
        Assert.Equal(
            ["demo-feed", "hubs-cli", "hubs-web", "hubs-insights"],
            json.GetProperty("clients").EnumerateArray().Select(c => c.GetProperty("clientId").GetString())
        );
        Assert.Contains(
            "http://127.0.0.1:8765/callback",
            json.GetProperty("clients")[1].GetProperty("redirectUris")[0].GetString(),
            StringComparison.Ordinal
        );
        var web = json.GetProperty("clients")[2];
        Assert.Contains(
            "client_credentials",
            web.GetProperty("grantTypes").EnumerateArray().Select(g => g.GetString())
        );
        Assert.Contains("accounts.register", web.GetProperty("scopes").EnumerateArray().Select(g => g.GetString()));
        Assert.Contains("clinician.south@demo.hubs.invalid", printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_registers_the_clients_an_operator_configures()
    {
        var database = await TestDatabase.CreateAsync();

        await RunAsync(
            database,
            "Production",
            ["migrate"],
            new()
            {
                ["Oidc__Clients__0__ClientId"] = "hubs-web",
                ["Oidc__Clients__0__ClientSecret"] = "operator-test-secret",
                ["Oidc__Clients__0__Scopes__0"] = "hubs.web",
                ["Oidc__Clients__0__ServiceScopes__0"] = "accounts.register",
                ["Oidc__Clients__0__RedirectUris__0"] = "https://web.hubs.example/signin-oidc",
                ["Oidc__Clients__1__ClientId"] = "region-feed",
                ["Oidc__Clients__1__ClientSecret"] = "operator-test-secret",
                ["Oidc__Clients__1__Machine"] = "true",
                ["Oidc__Clients__1__Scopes__0"] = "feeds.read",
            }
        );

        Assert.Equal(
            1,
            await CountAsync(
                database,
                "SELECT count(*) FROM identity.\"OpenIddictApplications\" WHERE "
                    + "\"ClientId\" = 'hubs-web' AND \"RedirectUris\" LIKE '%web.hubs.example%'"
            )
        );
        Assert.Equal(
            1,
            await CountAsync(
                database,
                "SELECT count(*) FROM identity.\"OpenIddictApplications\" WHERE "
                    + "\"ClientId\" = 'region-feed' AND \"Permissions\" LIKE '%client_credentials%'"
            )
        );
        Assert.Equal(
            1,
            await CountAsync(
                database,
                "SELECT count(*) FROM identity.\"OpenIddictApplications\" WHERE \"ClientId\" = "
                    + "'hubs-web' AND \"Permissions\" LIKE '%client_credentials%' AND \"Permissions\" "
                    + "LIKE '%scp:accounts.register%' AND \"Properties\" LIKE '%hubs_service_scopes%'"
            )
        );
        Assert.Equal(
            1,
            await CountAsync(
                database,
                "SELECT count(*) FROM identity.\"OpenIddictScopes\" WHERE \"Name\" "
                    + "= 'accounts.register' AND \"Resources\" LIKE '%hubs-identity%'"
            )
        );
    }

    [Fact]
    public async Task Help_lists_the_commands_an_operator_can_run()
    {
        var printed = await RunAsync(await TestDatabase.CreateAsync(), "Production", ["--help"]);

        Assert.Contains("Commands of Hubs.Identity:", printed, StringComparison.Ordinal);
        Assert.Equal(
            ["create-first-admin", "migrate", "retire-keys", "rotate-keys", "seed-demo"],
            CommandList.Names(printed)
        );
    }

    [Theory]
    [InlineData("rotate-key")]
    [InlineData("seed")]
    public async Task An_unknown_command_is_refused_with_exit_code_2_and_the_list_and_nothing_is_created(string command)
    {
        var database = await TestDatabase.CreateAsync();

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            RunAsync(database, "Production", [command])
        );

        Assert.Contains("exited 2", failure.Message, StringComparison.Ordinal);
        Assert.Contains($"Unknown command '{command}'.", failure.Message, StringComparison.Ordinal);
        Assert.Contains("rotate-keys", failure.Message, StringComparison.Ordinal);
        Assert.Equal(
            0,
            await CountAsync(database, "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'identity'")
        );
    }

    [Fact]
    public async Task Rotate_keys_with_hours_that_are_not_a_number_is_refused_with_its_usage()
    {
        var database = await TestDatabase.CreateAsync();
        await RunAsync(database, "Production", ["migrate"]);

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            RunAsync(database, "Production", ["rotate-keys", "soon"])
        );

        Assert.Contains("exited 2", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Usage: rotate-keys [HOURS]", failure.Message, StringComparison.Ordinal);
        Assert.Equal(2, await CountAsync(database, "SELECT count(*) FROM identity.oidc_keys"));
    }
}
