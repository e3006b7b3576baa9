using Npgsql;

namespace Hubs.Testing;

/// <summary>Runs the project's SQL files through psql (they use psql variables), as ops does.</summary>
public static class Psql
{
    public static Task<string> RunFileAsync(
        string adminConnectionString,
        string database,
        string file,
        IDictionary<string, string> variables
    )
    {
        var builder = new NpgsqlConnectionStringBuilder(adminConnectionString);
        var arguments = new List<string>
        {
            "-X",
            "-q",
            "-v",
            "ON_ERROR_STOP=1",
            "-h",
            builder.Host ?? "127.0.0.1",
            "-p",
            builder.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-U",
            builder.Username ?? "postgres",
            "-d",
            database,
            "-f",
            file,
        };
        foreach (var (name, value) in variables)
        {
            arguments.AddRange(["-v", $"{name}={value}"]);
        }

        var environment = builder.Password is null
            ? null
            : new Dictionary<string, string> { ["PGPASSWORD"] = builder.Password };
        return Shell.RunAsync("psql", arguments, environment);
    }
}
