using System.Globalization;

namespace Hubs.Benchmarks;

/// <summary>
/// One kind of write, measured over several rounds: the operations, the CPU they cost (this process: the Web host
/// and the clients; PostgreSQL: the benchmark database's backends), the round trips made inside HTTP requests and
/// those made outside them meanwhile (the async daemon publishing what was written; the raw client's own).
/// </summary>
/// <remarks>
/// <paramref name="warm"/> runs the warm-up when it differs from a measured run; <paramref name="prepare"/> runs
/// before each measured slice, outside it (neither its time nor its CPU is counted).
/// </remarks>
internal sealed class Phase(
    string name,
    Func<TimeSpan, Task<Measurement>> run,
    Func<TimeSpan, Task<Measurement>>? warm = null,
    Func<TimeSpan, Task>? prepare = null
)
{
    public const string Header =
        "| write              | per second | p50 ms | p99 ms | failed | round trips/req (in request, outside) "
        + "| statements/req | CPU ms/req: process, PostgreSQL |";

    private readonly Dictionary<string, StatementTotals> _sql = [];
    private Measurement _measured = Measurement.None;
    private TimeSpan _process;
    private TimeSpan _database;
    private long _inRequests;
    private long _statements;
    private long _outside;

    public double PerSecond => _measured.PerSecond;

    public int Failures => _measured.Failures;

    /// <summary>A warm-up: run, not measured; what failed in it is printed all the same.</summary>
    public async Task RunAsync(TimeSpan duration)
    {
        var warmed = await (warm ?? run)(duration);
        Console.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"[{Since.Start:mm\\:ss}] warmed {name}: {warmed.Count} done, {warmed.PerSecond:F1}/s"
            ) + FailedText(warmed)
        );
    }

    /// <summary>The timed rounds' failures by outcome, or nothing when none failed.</summary>
    public string? FailedLine() =>
        _measured.Failures == 0 ? null : $"{name}: FAILED in the timed rounds{FailedText(_measured)}";

    private static string FailedText(Measurement m) =>
        m.Failures == 0
            ? string.Empty
            : ", failed " + string.Join(", ", m.Failed.OrderBy(f => f.Key).Select(f => $"{f.Value} x {f.Key}"));

    public async Task MeasureAsync(CpuMeter cpu, RoundTrips trips, StatementMeter sql, TimeSpan duration)
    {
        if (prepare is not null)
        {
            await prepare(duration);
        }

        var sqlBefore = await sql.ReadAsync();
        var cpuBefore = await cpu.ReadAsync();
        var tripsBefore = trips.Read();
        var measured = await run(duration);
        var tripsAfter = trips.Read();
        var (process, database) = (await cpu.ReadAsync()).Since(cpuBefore);
        var sqlAfter = await sql.ReadAsync();
        foreach (var (id, after) in sqlAfter ?? [])
        {
            if (sqlBefore is null)
            {
                break;
            }

            var delta = after.Minus(sqlBefore.GetValueOrDefault(id));
            _sql[id] = _sql.TryGetValue(id, out var sum) ? sum.Plus(delta) : delta;
        }

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

    /// <summary>Per request: each statement's calls, execution and planning ms, and mean execution ms.</summary>
    public IEnumerable<string> Statements(int count)
    {
        var n = Math.Max(1, _measured.Count);
        var rows = _sql.Values.Where(s => s.Calls > 0).OrderByDescending(s => s.ExecMs + s.PlanMs).ToList();
        if (rows.Count == 0)
        {
            yield break;
        }

        var top = rows.Where(s => s.TopLevel).ToList();
        var exec = top.Sum(s => s.ExecMs) / n;
        var plan = top.Sum(s => s.PlanMs) / n;
        yield return string.Create(
            CultureInfo.InvariantCulture,
            $"{name}: statements {top.Sum(s => s.Calls) / (double)n:F1}/req, exec {exec:F3} ms, plan {plan:F3} ms"
        );
        yield return "| calls | exec ms | plan ms | mean exec | statement (per request)";
        foreach (var row in rows.Take(count))
        {
            yield return row.Row(n);
        }
    }
}
