using Npgsql;

namespace Hubs.EndToEnd.Tests;

/// <summary>Every row of every table in the insights schema, as JSON text, for searching.</summary>
public static class InsightsTables
{
    /// <summary>The pseudonymous journey facts in a stable order, for comparing a live store with a rebuild.</summary>
    public static async Task<string> DumpFactsAsync(string adminConnectionString)
    {
        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync();
        await using var rows = new NpgsqlCommand(
            "SELECT coalesce(string_agg(row_to_json(t)::text, E'\\n' "
                + "ORDER BY t.journey_key), '') FROM insights.journey_facts t",
            connection
        );
        return (string)(await rows.ExecuteScalarAsync())!;
    }

    /// <summary>
    /// Every aggregate table (all but the dedupe marks, whose timestamps differ run to run), each in a
    /// stable order: what a live store and a from-scratch rebuild must agree on exactly.
    /// </summary>
    public static async Task<string> DumpAggregatesAsync(string adminConnectionString)
    {
        var dump = new System.Text.StringBuilder();
        foreach (
            var table in new[]
            {
                "journey_facts",
                "journey_appointments",
                "journey_measures",
                "journey_treatment",
                "journey_cells",
                "team_activities",
                "experience_responses",
                "work_outcomes",
                "presenting_themes",
                "measure_results",
            }
        )
        {
            await using var connection = new NpgsqlConnection(adminConnectionString);
            await connection.OpenAsync();
            await using var rows = new NpgsqlCommand(
                "SELECT coalesce(string_agg(row_to_json(t)::text, E'\\n' ORDER "
                    + $"BY row_to_json(t)::text), '') FROM insights.\"{table}\" t",
                connection
            );
            dump.AppendLine(table).AppendLine((string)(await rows.ExecuteScalarAsync())!);
        }

        return dump.ToString();
    }

    public static async Task<string> DumpAsync(string adminConnectionString)
    {
        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (
            var list = new NpgsqlCommand("SELECT tablename FROM pg_tables WHERE schemaname = 'insights'", connection)
        )
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var dump = new System.Text.StringBuilder();
        foreach (var table in tables)
        {
            await using var rows = new NpgsqlCommand(
                $"SELECT coalesce(string_agg(row_to_json(t)::text, E'\\n'), '') FROM insights.\"{table}\" t",
                connection
            );
            dump.AppendLine(table).AppendLine((string?)await rows.ExecuteScalarAsync());
        }

        return dump.ToString();
    }
}
