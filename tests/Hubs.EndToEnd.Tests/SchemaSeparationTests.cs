using Npgsql;

namespace Hubs.EndToEnd.Tests;

/// <summary>The Insights host's database role cannot read the clinical event store, whatever its code tries.</summary>
public class SchemaSeparationTests(HubsSystemFixture system) : IClassFixture<HubsSystemFixture>
{
    [Theory]
    [InlineData("SELECT count(*) FROM clinical.mt_events")]
    [InlineData("SELECT count(*) FROM clinical.mt_doc_journey")]
    public async Task The_insights_role_is_refused_the_clinical_schema(string query)
    {
        _ = system.Web.Services; // the Web host has created the clinical tables
        await using var connection = new NpgsqlConnection(system.Database.Insights);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(query, connection);

        var refused = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteScalarAsync());

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        Assert.Contains("permission denied", refused.MessageText);
    }

    [Fact]
    public async Task The_clinical_tables_exist_so_the_refusal_is_about_permission()
    {
        await using var connection = new NpgsqlConnection(system.Database.Admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_tables WHERE schemaname = "
                + "'clinical' AND tablename IN ('mt_events', 'mt_doc_journey')",
            connection
        );
        Assert.Equal(2L, await command.ExecuteScalarAsync());
    }
}
