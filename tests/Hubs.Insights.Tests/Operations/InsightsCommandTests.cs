using Hubs.Testing;
using Npgsql;

namespace Hubs.Insights.Tests.Operations;

/// <summary>
/// Insights' commands as an operator runs them: the built host, a separate process, Production settings.
/// </summary>
public class InsightsCommandTests
{
    private static async Task<string> RunAsync(TestDatabase database, params string[] arguments)
    {
        await using var vhost = await TestVirtualHost.CreateAsync();
        return await Shell.RunAsync(
            "dotnet",
            [Path.Combine(AppContext.BaseDirectory, "Hubs.Insights.dll"), .. arguments],
            new Dictionary<string, string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["ConnectionStrings__Insights"] = database.Insights,
                ["RabbitMq__Uri"] = vhost.Uri.ToString(),
                ["Oidc__Authority"] = Hubs.Testing.Auth.TestIssuer.Shared.Authority.ToString(),
            },
            OneShot.Within
        );
    }

    [Fact]
    public async Task Help_lists_the_commands_an_operator_can_run()
    {
        var printed = await RunAsync(await TestDatabase.CreateAsync(), "--help");

        Assert.Contains("Commands of Hubs.Insights:", printed, StringComparison.Ordinal);
        Assert.Equal(
            ["import-milestones", "migrate", "rebuild-position", "reset-aggregates"],
            CommandList.Names(printed)
        );
    }

    [Fact]
    public async Task An_unknown_command_is_refused_with_exit_code_2_and_the_list_and_the_host_does_not_start()
    {
        var database = await TestDatabase.CreateAsync();

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => RunAsync(database, "migrat"));

        Assert.Contains("exited 2", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Unknown command 'migrat'.", failure.Message, StringComparison.Ordinal);
        Assert.Contains("reset-aggregates", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_then_reset_aggregates_leave_the_schema_in_place_and_empty()
    {
        var database = await TestDatabase.CreateAsync();

        await RunAsync(database, "migrate");
        await using (var connection = new NpgsqlConnection(database.Admin))
        {
            await connection.OpenAsync();
            await using var insert = new NpgsqlCommand(
                "INSERT INTO insights.processed_messages (message_id) VALUES (gen_random_uuid())",
                connection
            );
            await insert.ExecuteNonQueryAsync();
        }

        await RunAsync(database, "reset-aggregates");

        await using var check = new NpgsqlConnection(database.Admin);
        await check.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM insights.processed_messages", check);
        Assert.Equal(0L, await count.ExecuteScalarAsync());
    }
}
