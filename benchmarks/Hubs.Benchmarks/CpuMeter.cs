using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace Hubs.Benchmarks;

/// <summary>
/// CPU spent over a phase: this process (the Web host and the benchmark's clients) and the PostgreSQL backends
/// serving the benchmark's database (read from /proc by the pids <c>pg_stat_activity</c> names; the server is local).
/// </summary>
internal sealed class CpuMeter(string connectionString)
{
    private static readonly double TicksPerSecond = 100;

    /// <summary>CPU so far: this process's, and each backend's by pid.</summary>
    public async Task<CpuReading> ReadAsync()
    {
        var backends = (await BackendsAsync()).ToDictionary(pid => pid, BackendCpu);
        using var self = Process.GetCurrentProcess();
        return new CpuReading(self.TotalProcessorTime, backends);
    }

    private async Task<List<int>> BackendsAsync()
    {
        await using var connection = new NpgsqlConnection(connectionString + ";Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
            connection
        );
        var pids = new List<int>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            pids.Add(reader.GetInt32(0));
        }

        return pids;
    }

    private static TimeSpan BackendCpu(int pid)
    {
        try
        {
            // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks =
                long.Parse(fields[11], CultureInfo.InvariantCulture)
                + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return TimeSpan.FromSeconds(ticks / TicksPerSecond);
        }
        catch (IOException)
        {
            return TimeSpan.Zero;
        }
    }
}

internal sealed record CpuReading(TimeSpan Process, Dictionary<int, TimeSpan> Backends)
{
    /// <summary>CPU spent since <paramref name="before"/>: a backend started since then counts whole.</summary>
    public (TimeSpan Process, TimeSpan Database) Since(CpuReading before) =>
        (
            Process - before.Process,
            Backends.Aggregate(TimeSpan.Zero, (sum, b) =>
                sum + b.Value - before.Backends.GetValueOrDefault(b.Key, TimeSpan.Zero)
            )
        );
}
