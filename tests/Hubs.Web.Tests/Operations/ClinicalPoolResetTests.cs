using Hubs.Web.Infrastructure;
using Hubs.Web.Tests.Clinic;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Hubs.Web.Tests.Operations;

/// <summary>
/// A connection goes back to the clinical pool without Npgsql's reset (Infrastructure/ClinicalDataSource.cs): five
/// statements PostgreSQL ran on every return, a sixth of a write's statements (benchmarks/SCALE.md). What the next
/// user must not inherit is still gone: an unfinished transaction is rolled back on return, and the source guard
/// (<see cref="ClinicalSessionStateTests"/>) keeps the host's code from leaving session state behind.
/// </summary>
public sealed class ClinicalPoolResetTests(ClinicFixture clinic) : IClassFixture<ClinicFixture>
{
    private const string HeldAdvisoryLocks =
        "select count(*) from pg_locks where locktype = 'advisory' and pid = pg_backend_pid()";

    [Fact]
    public async Task A_returned_connection_is_handed_out_again_without_a_reset()
    {
        await using var pool = OneConnectionPool();
        int first;
        await using (var connection = await pool.OpenConnectionAsync())
        {
            first = await ScalarAsync<int>(connection, "select pg_backend_pid()");
            await ScalarAsync<string>(connection, "select set_config('hubs.probe', 'kept', false)");
        }

        await using var again = await pool.OpenConnectionAsync();
        Assert.Equal(first, await ScalarAsync<int>(again, "select pg_backend_pid()"));
        Assert.Equal("kept", await ScalarAsync<string>(again, "select current_setting('hubs.probe', true)"));
    }

    [Fact]
    public async Task An_unfinished_transaction_is_rolled_back_before_the_connection_is_used_again()
    {
        await using var pool = OneConnectionPool();
        await using (var connection = await pool.OpenConnectionAsync())
        {
            // A request that fails between BEGIN and COMMIT: the connection goes back with its transaction open.
            await using var command = new NpgsqlCommand(
                "begin; select txid_current(); set local statement_timeout = 1234; select pg_advisory_xact_lock(4242)",
                connection
            );
            await command.ExecuteNonQueryAsync();
        }

        await using var again = await pool.OpenConnectionAsync();
        Assert.Null(await ScalarAsync<long?>(again, "select txid_current_if_assigned()"));
        Assert.Equal("0", await ScalarAsync<string>(again, "select current_setting('statement_timeout')"));
        Assert.Equal(0L, await ScalarAsync<long>(again, HeldAdvisoryLocks));
    }

    private NpgsqlDataSource OneConnectionPool()
    {
        var configuration = (IConfiguration)clinic.App.Services.GetService(typeof(IConfiguration))!;
        return ClinicalDataSource.Create(configuration.GetConnectionString("Clinical") + ";Maximum Pool Size=1");
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync();
        return value is DBNull ? default! : (T)value!;
    }
}
