using System.Net;
using System.Net.Http.Json;
using Hubs.Insights;
using Hubs.Testing;
using Hubs.Testing.Auth;
using Hubs.Web;
using Hubs.Web.Testing;
using Npgsql;

namespace Hubs.EndToEnd.Tests.Operations;

/// <summary>
/// <c>ops/hubs backup</c> and <c>ops/hubs restore</c>, the scripts an operator runs, against a test's
/// own database: a dropped database comes back identical and usable, and a damaged backup is refused
/// before anything is touched.
/// </summary>
public sealed class BackupRestoreTests : IDisposable
{
    private const int Journeys = 36;
    private readonly string _state = Directory.CreateTempSubdirectory("hubs-backup-state-").FullName;
    private readonly string _backups = Directory.CreateTempSubdirectory("hubs-backups-").FullName;

    [Fact]
    public async Task Every_stream_projection_and_aggregate_comes_back_identical_after_the_database_is_dropped()
    {
        var database = await TestDatabase.CreateAsync();
        await using var vhost = await TestVirtualHost.CreateAsync();
        await using (var system = await RunningSystem.StartAsync(database, vhost))
        {
            var client = system.Web.CreateClient();
            for (var i = 0; i < Journeys; i++)
            {
                var response = await client.PostAsKeyworkerAsync(
                    "/api/journeys",
                    Referrals.Valid(hubId: i % 3 == 0 ? "south" : "north")
                );
                Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            }

            await Poll.UntilAsync(
                async () => await JourneyFactsAsync(database) == Journeys,
                "Insights has every journey",
                TimeSpan.FromMinutes(1)
            );
        }

        NpgsqlConnection.ClearAllPools();
        var before = await DatabaseSnapshot.TakeAsync(database.Admin);
        Assert.Equal(Journeys, before["events by seq"].Split('\n').Length);

        var backup = await BackupAsync(database);
        Assert.True(File.Exists(Path.Combine(backup, "MANIFEST.sha256")));
        await DropAsync(database);

        var restore = await OpsCommand.RunAsync(database, _state, "restore", backup, "--yes");
        Assert.True(restore.ExitCode == 0, restore.Stderr);
        Assert.Contains($"{database.Name} (", restore.Stdout);
        Assert.Contains($"{Journeys} streams, {Journeys} events", restore.Stdout);

        NpgsqlConnection.ClearAllPools();
        var after = await DatabaseSnapshot.TakeAsync(database.Admin);
        Assert.Equal(before.Keys, after.Keys);
        foreach (var (key, value) in before)
        {
            Assert.Equal($"{key}:\n{value}", $"{key}:\n{after[key]}");
        }

        // Usable, not just equal: each host's role logs in, writes and the pipeline carries on.
        await using (var system = await RunningSystem.StartAsync(database, vhost))
        {
            var response = await system.Web.CreateClient().PostAsKeyworkerAsync("/api/journeys", Referrals.Valid());
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            await Poll.UntilAsync(
                async () => await JourneyFactsAsync(database) == Journeys + 1,
                "the restored system counts a new journey"
            );
        }
    }

    [Theory]
    [InlineData("flipped byte in a dump")]
    [InlineData("edited roles")]
    [InlineData("missing dump")]
    public async Task A_damaged_backup_is_refused_naming_the_file_and_the_database_is_left_untouched(string damage)
    {
        var database = await ProbedDatabaseAsync();
        var backup = await BackupAsync(database);
        await ExecuteAsync(database.Admin, "UPDATE insights.probe SET v = 'after the backup'");
        var damaged = Damage(backup, database.Name, damage);
        NpgsqlConnection.ClearAllPools();

        var restore = await OpsCommand.RunAsync(database, _state, "restore", backup, "--yes", "--force");

        Assert.NotEqual(0, restore.ExitCode);
        Assert.Contains(damaged, restore.Stderr);
        Assert.Contains("corrupt or has been altered", restore.Stderr);
        Assert.Contains("nothing restored", restore.Stderr);
        Assert.Equal("after the backup", await ProbeAsync(database));
    }

    [Fact]
    public async Task Restore_refuses_while_anything_is_connected_unless_forced()
    {
        var database = await ProbedDatabaseAsync();
        var backup = await BackupAsync(database);
        await ExecuteAsync(database.Admin, "UPDATE insights.probe SET v = 'after the backup'");
        NpgsqlConnection.ClearAllPools();
        await using var host = new NpgsqlConnection(database.Insights);
        await host.OpenAsync();

        var refused = await OpsCommand.RunAsync(database, _state, "restore", backup, "--yes");
        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("stop the hosts first", refused.Stderr);
        Assert.Contains("hubs_insights", refused.Stderr);
        Assert.Equal("after the backup", await ProbeAsync(database));

        var forced = await OpsCommand.RunAsync(database, _state, "restore", backup, "--yes", "--force");
        Assert.True(forced.ExitCode == 0, forced.Stderr);
        NpgsqlConnection.ClearAllPools();
        Assert.Equal("at the backup", await ProbeAsync(database));
    }

    [Fact]
    public async Task A_backup_of_a_database_that_does_not_exist_fails_and_leaves_nothing_behind()
    {
        var infrastructure = await TestInfrastructure.GetAsync();
        var missing = "hubs_t_missing_" + Guid.NewGuid().ToString("N")[..8];

        var backup = await OpsCommand.RunAsync(infrastructure.PostgresAdmin, missing, _state, "backup", _backups);

        Assert.NotEqual(0, backup.ExitCode);
        Assert.Contains($"database {missing} does not exist", backup.Stderr);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_backups));
    }

    public void Dispose()
    {
        Directory.Delete(_state, recursive: true);
        Directory.Delete(_backups, recursive: true);
    }

    private async Task<string> BackupAsync(TestDatabase database)
    {
        var backup = await OpsCommand.RunAsync(database, _state, "backup", _backups);
        Assert.True(backup.ExitCode == 0, backup.Stderr);
        var folder = backup.Stdout.Split('\n')[^1];
        Assert.StartsWith(_backups, folder, StringComparison.Ordinal);
        return folder;
    }

    /// <summary>Damages one file of the backup and returns its name.</summary>
    private static string Damage(string backup, string databaseName, string damage)
    {
        var dump = Path.Combine(backup, databaseName + ".dump");
        switch (damage)
        {
            case "flipped byte in a dump":
                var bytes = File.ReadAllBytes(dump);
                bytes[bytes.Length / 2] ^= 0xFF;
                File.WriteAllBytes(dump, bytes);
                return Path.GetFileName(dump);
            case "edited roles":
                File.AppendAllText(Path.Combine(backup, "roles.sql"), "ALTER ROLE hubs_insights SUPERUSER;\n");
                return "roles.sql";
            default:
                File.Delete(dump);
                return Path.GetFileName(dump);
        }
    }

    private static async Task<TestDatabase> ProbedDatabaseAsync()
    {
        var database = await TestDatabase.CreateAsync();
        await ExecuteAsync(
            database.Admin,
            "CREATE TABLE insights.probe (v text); INSERT INTO insights.probe VALUES ('at the backup')"
        );
        return database;
    }

    private static async Task<string?> ProbeAsync(TestDatabase database) =>
        (string?)await ScalarAsync(database.Admin, "SELECT v FROM insights.probe");

    private static async Task<long> JourneyFactsAsync(TestDatabase database) =>
        (long)(await ScalarAsync(database.Admin, "SELECT count(*) FROM insights.journey_facts"))!;

    private static async Task DropAsync(TestDatabase database)
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(database.Infrastructure.PostgresAdmin, $"DROP DATABASE \"{database.Name}\" WITH (FORCE)");
    }

    private static async Task ExecuteAsync(string connectionString, string sql) =>
        await ScalarAsync(connectionString, sql);

    private static async Task<object?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    /// <summary>
    /// A Web and Insights pair on one database and vhost, as <see cref="HubsSystemFixture"/> starts them.
    /// </summary>
    private sealed class RunningSystem : IAsyncDisposable
    {
        private RunningSystem(TestHost<InsightsEntryPoint> insights, TestHost<WebEntryPoint> web)
        {
            Insights = insights;
            Web = web;
        }

        public TestHost<InsightsEntryPoint> Insights { get; }

        public TestHost<WebEntryPoint> Web { get; }

        public static Task<RunningSystem> StartAsync(TestDatabase database, TestVirtualHost vhost)
        {
            var insights = new TestHost<InsightsEntryPoint>(
                HubsSettings.Insights(database, vhost, HubsSettings.NewLogFile("insights-backup"))
            );
            _ = insights.Services; // consuming before anything is published
            var web = new TestHost<WebEntryPoint>(
                HubsSettings.Web(database, vhost, HubsSettings.NewLogFile("web-backup"))
            );
            _ = web.Services;
            return Task.FromResult(new RunningSystem(insights, web));
        }

        public async ValueTask DisposeAsync()
        {
            await Web.DisposeAsync();
            await Insights.DisposeAsync();
        }
    }
}
