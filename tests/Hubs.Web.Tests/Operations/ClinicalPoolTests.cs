using Hubs.Web.Tests.Clinic;
using Marten;
using Npgsql;

namespace Hubs.Web.Tests.Operations;

/// <summary>
/// The event store's connections prepare the statements they run often (Infrastructure/ClinicalDataSource.cs): a
/// statement run a few times is planned once on its connection, and the plans outlive the connection's return to the
/// pool (no DISCARD ALL). Without it PostgreSQL planned every statement of every write again (benchmarks/SCALE.md).
/// </summary>
public sealed class ClinicalPoolTests(ClinicFixture clinic) : IClassFixture<ClinicFixture>
{
    private const string Repeated = "select count(*) from clinical.mt_streams where id = $1";

    [Fact]
    public async Task A_statement_run_often_on_a_connection_is_prepared_there()
    {
        await using var connection = clinic.Store.Storage.Database.CreateConnection();
        await connection.OpenAsync();
        for (var run = 0; run < 6; run++)
        {
            await using var command = new NpgsqlCommand(Repeated, connection);
            command.Parameters.Add(new NpgsqlParameter { Value = Guid.NewGuid() });
            await command.ExecuteScalarAsync();
        }

        await using var prepared = new NpgsqlCommand(
            "select count(*) from pg_prepared_statements where statement like '%clinical.mt_streams where id%'",
            connection
        );
        Assert.Equal(1L, await prepared.ExecuteScalarAsync());
    }
}
