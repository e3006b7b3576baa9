using System.Diagnostics;
using System.Globalization;
using Hubs.Testing;
using Npgsql;

namespace Hubs.EndToEnd.Tests.Operations;

/// <summary>
/// Runs <c>ops/hubs</c> exactly as an operator would, pointed at a test's database through the
/// same settings an operator may use (<c>HUBS_PG_HOST/PORT/USER/DATABASES</c>, <c>PGPASSWORD</c>).
/// Unlike <see cref="Shell"/>, a failure is a result to assert on, not an exception.
/// </summary>
public static class OpsCommand
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static async Task<Result> RunAsync(TestDatabase database, string stateDir, params string[] arguments) =>
        await RunAsync(database.Infrastructure.PostgresAdmin, database.Name, stateDir, arguments);

    public static async Task<Result> RunAsync(
        string adminConnectionString,
        string databaseName,
        string stateDir,
        params string[] arguments
    )
    {
        var admin = new NpgsqlConnectionStringBuilder(adminConnectionString);
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(RepositoryRoot.Combine("ops", "hubs"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["HUBS_STATE_DIR"] = stateDir;
        start.Environment["HUBS_PG_HOST"] = admin.Host ?? "127.0.0.1";
        start.Environment["HUBS_PG_PORT"] = admin.Port.ToString(CultureInfo.InvariantCulture);
        start.Environment["HUBS_PG_USER"] = admin.Username ?? "postgres";
        start.Environment["HUBS_PG_DATABASES"] = databaseName;
        if (admin.Password is not null)
        {
            start.Environment["PGPASSWORD"] = admin.Password;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start ops/hubs.");
        process.StandardInput.Close(); // not a terminal: a missing --yes must fail, not wait
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, (await stdout).Trim(), await stderr);
    }
}
