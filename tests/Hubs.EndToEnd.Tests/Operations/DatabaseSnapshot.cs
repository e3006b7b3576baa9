using Npgsql;

namespace Hubs.EndToEnd.Tests.Operations;

/// <summary>
/// Everything a restore must bring back, read through the admin connection as JSON text: every
/// stream's events in sequence order, every row of every table in the Hubs schemas (Marten's
/// streams, documents and projections, the Insights aggregates, Identity), every sequence's position,
/// and the ownership, grants and role settings that let each host's role reach its own schema
/// (effective privileges: an explicit ACL equal to the default comes back as the default).
/// </summary>
public static class DatabaseSnapshot
{
    private const string Schemas = "'clinical', 'insights', 'identity'";

    public static async Task<SortedDictionary<string, string>> TakeAsync(string adminConnectionString)
    {
        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync();
        var snapshot = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["events by seq"] = await TextAsync(
                connection,
                "SELECT string_agg(row_to_json(e)::text, E'\\n' ORDER BY e.seq_id) FROM clinical.mt_events e"
            ),
            ["sequences"] = await TextAsync(
                connection,
                "SELECT string_agg(format('%s.%s=%s', schemaname, sequencename, last_value), E'\\n' "
                    + $"ORDER BY schemaname, sequencename) FROM pg_sequences WHERE schemaname IN ({Schemas})"
            ),
            ["owners and grants"] = await TextAsync(
                connection,
                $"""
                SELECT string_agg(line, E'\n' ORDER BY line) FROM (
                  SELECT format('schema %s owner %s acl %s', nspname, pg_get_userbyid(nspowner), coalesce(nspacl,
                      acldefault('n', nspowner))) AS line FROM pg_namespace WHERE nspname IN ({Schemas})
                  UNION ALL SELECT format('table %s.%s owner %s', schemaname, tablename, tableowner)
                      FROM pg_tables WHERE schemaname IN ({Schemas})
                  UNION ALL SELECT format('function %s.%s(%s) owner %s', n.nspname, p.proname,
                      pg_get_function_identity_arguments(p.oid), pg_get_userbyid(p.proowner))
                    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname IN ({Schemas})
                  UNION ALL SELECT format('database acl %s', coalesce(datacl, acldefault('d', datdba)))
                      FROM pg_database WHERE datname = current_database()
                  UNION ALL SELECT format('role %s settings %s', pg_get_userbyid(s.setrole), s.setconfig)
                      FROM pg_db_role_setting s
                    JOIN pg_database d ON d.oid = s.setdatabase WHERE d.datname = current_database()) lines
                """
            ),
        };
        foreach (var table in await TablesAsync(connection))
        {
            snapshot["table " + table] = await TextAsync(
                connection,
                $"SELECT string_agg(row_to_json(t)::text, E'\\n' ORDER BY row_to_json(t)::text) FROM {table} t"
            );
        }

        return snapshot;
    }

    private static async Task<List<string>> TablesAsync(NpgsqlConnection connection)
    {
        var tables = new List<string>();
        await using var list = new NpgsqlCommand(
            $"SELECT format('%I.%I', schemaname, tablename) FROM pg_tables WHERE schemaname IN ({Schemas}) ORDER BY 1",
            connection
        );
        await using var reader = await list.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    private static async Task<string> TextAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync() as string ?? string.Empty;
    }
}
