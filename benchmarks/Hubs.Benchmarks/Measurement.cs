using System.Diagnostics;

namespace Hubs.Benchmarks;

/// <summary>Completed operations over wall-clock time, with latency percentiles.</summary>
internal sealed record Measurement(int Count, int Failures, TimeSpan Elapsed, double P50, double P99)
{
    public double PerSecond => Count / Elapsed.TotalSeconds;

    /// <summary>Runs <paramref name="clients"/> loops of <paramref name="operation"/> until the time is up.</summary>
    public static async Task<Measurement> RunAsync(int clients, TimeSpan duration, Func<int, Task<bool>> operation)
    {
        var latencies = new List<double>[clients];
        var failures = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(
            Enumerable
                .Range(0, clients)
                .Select(async client =>
                {
                    var mine = latencies[client] = [];
                    while (clock.Elapsed < duration)
                    {
                        var started = clock.Elapsed;
                        if (await operation(client))
                        {
                            mine.Add((clock.Elapsed - started).TotalMilliseconds);
                        }
                        else
                        {
                            Interlocked.Increment(ref failures);
                        }
                    }
                })
        );
        var elapsed = clock.Elapsed;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new Measurement(all.Length, failures, elapsed, Percentile(all, 0.50), Percentile(all, 0.99));
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[(int)Math.Min(sorted.Length - 1, p * sorted.Length)];
}
