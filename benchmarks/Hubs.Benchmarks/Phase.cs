using System.Globalization;

namespace Hubs.Benchmarks;

/// <summary>
/// One kind of write, measured over several rounds: the operations, the CPU they cost (this process: the Web host
/// and the clients; PostgreSQL: the benchmark database's backends), the round trips made inside HTTP requests and
/// those made outside them meanwhile (the async daemon publishing what was written; the raw client's own).
/// </summary>
internal sealed class Phase(string name, Func<TimeSpan, Task<Measurement>> run)
{
    public const string Header =
        "| write              | per second | p50 ms | p99 ms | failed | round trips/req (in request, outside) "
        + "| statements/req | CPU ms/req: process, PostgreSQL |";

    private Measurement _measured = Measurement.None;
    private TimeSpan _process;
    private TimeSpan _database;
    private long _inRequests;
    private long _statements;
    private long _outside;

    public string Name => name;

    public double PerSecond => _measured.PerSecond;

    public int Failures => _measured.Failures;

    public Task RunAsync(TimeSpan duration) => run(duration);

    public async Task MeasureAsync(CpuMeter cpu, RoundTrips trips, TimeSpan duration)
    {
        var cpuBefore = await cpu.ReadAsync();
        var tripsBefore = trips.Read();
        var measured = await run(duration);
        var tripsAfter = trips.Read();
        var (process, database) = (await cpu.ReadAsync()).Since(cpuBefore);
        _measured = _measured.Plus(measured);
        _process += process;
        _database += database;
        _inRequests += tripsAfter.InRequests - tripsBefore.InRequests;
        _statements += tripsAfter.Statements - tripsBefore.Statements;
        _outside += tripsAfter.Outside - tripsBefore.Outside;
    }

    public string Row()
    {
        var n = Math.Max(1, _measured.Count);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"| {name, -18} | {_measured.PerSecond, 10:F1} | {_measured.P50, 6:F1} | {_measured.P99, 6:F1} "
                + $"| {_measured.Failures, 6} | {(double)_inRequests / n, 17:F1}, {(double)_outside / n, 18:F1} "
                + $"| {(double)_statements / n, 14:F1} | {_process.TotalMilliseconds / n, 14:F2}, "
                + $"{_database.TotalMilliseconds / n, 15:F2} |"
        );
    }
}
