using System.Diagnostics;

namespace Hubs.Benchmarks;

/// <summary>Completed operations over wall-clock time, with their latencies (ms) for percentiles.</summary>
internal sealed record Measurement(double[] Latencies, int Failures, TimeSpan Elapsed)
{
    public static readonly Measurement None = new([], 0, TimeSpan.Zero);

    public int Count => Latencies.Length;

    public double PerSecond => Count / Elapsed.TotalSeconds;

    public double P50 => Percentile(0.50);

    public double P99 => Percentile(0.99);

    /// <summary>Two phases of the same operation as one: their counts and times added.</summary>
    public Measurement Plus(Measurement other) =>
        new([.. Latencies, .. other.Latencies], Failures + other.Failures, Elapsed + other.Elapsed);

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
        return new Measurement([.. latencies.SelectMany(l => l)], failures, elapsed);
    }

    private double Percentile(double p)
    {
        var sorted = Latencies.Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted[(int)Math.Min(sorted.Length - 1, p * sorted.Length)];
    }
}
