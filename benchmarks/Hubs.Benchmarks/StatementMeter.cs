using System.Globalization;
using Npgsql;

namespace Hubs.Benchmarks;

/// <summary>
/// What PostgreSQL spent per statement over a phase, from <c>pg_stat_statements</c> when the server loads it (a
/// private cluster; the shared test cluster does not): calls, execution and planning time of each statement in the
/// benchmark's database, read before and after each measured slice. Statements of the async daemon running meanwhile
/// count with the phase. Without the extension it reads nothing and prints nothing.
/// </summary>
internal sealed class StatementMeter(string clinical)
{
    private const string Query =
        "SELECT queryid::text || toplevel::text, toplevel, calls, total_exec_time, total_plan_time, "
        + "left(regexp_replace(query, '\\s+', ' ', 'g'), 90) "
        + "FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = $1";

    private readonly string _server = new NpgsqlConnectionStringBuilder(
        Environment.GetEnvironmentVariable("HUBS_TEST_POSTGRES") ?? clinical
    )
    {
        Database = "postgres",
        Pooling = false,
    }.ConnectionString;

    private readonly string _database = new NpgsqlConnectionStringBuilder(clinical).Database!;

    private bool _absent;

    public async Task<Dictionary<string, StatementTotals>?> ReadAsync()
    {
        var totals = new Dictionary<string, StatementTotals>();
        if (_absent)
        {
            return totals;
        }

        try
        {
            await using var connection = new NpgsqlConnection(_server);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(Query, connection)
            {
                Parameters = { new() { Value = _database } },
            };
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                totals[reader.GetString(0)] = new StatementTotals(
                    (reader.GetBoolean(1) ? "" : "(nested) ") + reader.GetString(5),
                    reader.GetBoolean(1),
                    reader.GetInt64(2),
                    reader.GetDouble(3),
                    reader.GetDouble(4)
                );
            }
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            _absent = true;
        }
        catch (PostgresException e)
        {
            Console.Error.WriteLine($"pg_stat_statements not read this slice: {e.MessageText}");
            return null;
        }

        return totals;
    }
}

internal sealed record StatementTotals(string Text, bool TopLevel, long Calls, double ExecMs, double PlanMs)
{
    public StatementTotals Minus(StatementTotals? before) =>
        before is null
            ? this
            : new(Text, TopLevel, Calls - before.Calls, ExecMs - before.ExecMs, PlanMs - before.PlanMs);

    public StatementTotals Plus(StatementTotals other) =>
        new(Text, TopLevel, Calls + other.Calls, ExecMs + other.ExecMs, PlanMs + other.PlanMs);

    public string Row(int requests) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"|   {(double)Calls / requests, 5:F2} | {ExecMs / requests, 6:F3} | {PlanMs / requests, 6:F3} "
                + $"| {ExecMs / Math.Max(1, Calls), 6:F3} | {Text}"
        );
}
