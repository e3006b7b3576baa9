using System.Diagnostics;

namespace Hubs.Benchmarks;

/// <summary>
/// Counts PostgreSQL round trips (Npgsql's one activity per command or batch sent) inside HTTP requests and outside
/// them (the async daemon, the raw client), and the statements those carried, by listening to Npgsql's and ASP.NET
/// Core's activity sources in this process.
/// </summary>
internal sealed class RoundTrips : IDisposable
{
    private readonly ActivityListener _listener;
    private long _inRequests;
    private long _outside;
    private long _statementsInRequests;

    public RoundTrips()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "Npgsql" or "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = Count,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public (long InRequests, long Statements, long Outside) Read() =>
        (
            Interlocked.Read(ref _inRequests),
            Interlocked.Read(ref _statementsInRequests),
            Interlocked.Read(ref _outside)
        );

    /// <summary>
    /// Waits (up to three minutes) until the work queued by the preparation is done: the daemon publishing it and the
    /// consumers acting on it (reminders for the booked appointments) make at most a few round trips a second.
    /// </summary>
    public async Task QuietAsync()
    {
        for (var waited = 0; waited < 90; waited++)
        {
            var before = Interlocked.Read(ref _outside);
            await Task.Delay(TimeSpan.FromSeconds(2));
            if (Interlocked.Read(ref _outside) - before < 10)
            {
                return;
            }
        }
    }

    public void Dispose() => _listener.Dispose();

    private void Count(Activity activity)
    {
        if (activity.Source.Name != "Npgsql")
        {
            return;
        }

        var request = activity.Parent;
        while (request is not null && request.Source.Name != "Microsoft.AspNetCore")
        {
            request = request.Parent;
        }

        if (request is null)
        {
            Interlocked.Increment(ref _outside);
            return;
        }

        Interlocked.Increment(ref _inRequests);
        var batchSize = activity.GetTagItem("db.operation.batch.size");
        Interlocked.Add(ref _statementsInRequests, batchSize is int n ? n : 1);
        if (SqlLog is { } log)
        {
            var tags = string.Join(" ", activity.TagObjects.Select(t => $"{t.Key}={t.Value}"));
            lock (log)
            {
                log.WriteLine($"{request.TraceId}\t{request.DisplayName}\t{tags.ReplaceLineEndings(" ")}");
            }
        }
    }

    /// <summary>Each round trip made inside a request, with its request, when BENCH_SQL_LOG names a file.</summary>
    private static readonly StreamWriter? SqlLog = Environment.GetEnvironmentVariable("BENCH_SQL_LOG") is { } path
        ? new StreamWriter(path) { AutoFlush = true }
        : null;
}
