using System.Diagnostics;

namespace Hubs.Benchmarks;

/// <summary>
/// Completed operations over wall-clock time, with their latencies (ms) for percentiles, and every operation that
/// did not complete counted by what came of it (an HTTP status, an exception's type): none is dropped unseen.
/// </summary>
internal sealed record Measurement(double[] Latencies, IReadOnlyDictionary<string, int> Failed, TimeSpan Elapsed)
{
    public static readonly Measurement None = new([], new Dictionary<string, int>(), TimeSpan.Zero);

    public int Count => Latencies.Length;

    public int Failures => Failed.Values.Sum();

    /// <summary>
    /// Operations started a second, failed ones included (each uses up prepared work as a success does).
    /// </summary>
    public double AttemptsPerSecond => Elapsed > TimeSpan.Zero ? (Count + Failures) / Elapsed.TotalSeconds : 0;

    public double PerSecond => Count / Elapsed.TotalSeconds;

    public double P50 => Percentile(0.50);

    public double P99 => Percentile(0.99);

    /// <summary>Two phases of the same operation as one: their counts and times added.</summary>
    public Measurement Plus(Measurement other)
    {
        var failed = new Dictionary<string, int>(Failed);
        foreach (var (outcome, count) in other.Failed)
        {
            failed[outcome] = failed.GetValueOrDefault(outcome) + count;
        }

        return new([.. Latencies, .. other.Latencies], failed, Elapsed + other.Elapsed);
    }

    /// <summary>Runs <paramref name="clients"/> loops of <paramref name="operation"/> until the time is up.</summary>
    public static Task<Measurement> RunAsync(int clients, TimeSpan duration, Func<int, Task<bool>> operation) =>
        RunAsync(clients, duration, async client => await operation(client) ? Outcome.Done : "failed");

    /// <summary>
    /// The same for operations that say what came of them: <see cref="Outcome.Done"/>, <see cref="Outcome.NoWork"/>
    /// (the client has nothing left to do: it stops, and that is counted), or why it failed. An exception is counted
    /// by its type and the client goes on.
    /// </summary>
    public static async Task<Measurement> RunAsync(int clients, TimeSpan duration, Func<int, Task<string>> operation)
    {
        var latencies = new List<double>[clients];
        var failed = new Dictionary<string, int>();
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
                        var outcome = await Outcome.Of(() => operation(client));
                        if (outcome == Outcome.Done)
                        {
                            mine.Add((clock.Elapsed - started).TotalMilliseconds);
                            continue;
                        }

                        lock (failed)
                        {
                            failed[outcome] = failed.GetValueOrDefault(outcome) + 1;
                        }

                        if (outcome == Outcome.NoWork)
                        {
                            return;
                        }
                    }
                })
        );
        var elapsed = clock.Elapsed;
        return new Measurement([.. latencies.SelectMany(l => l)], failed, elapsed);
    }

    private double Percentile(double p)
    {
        var sorted = Latencies.Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted[(int)Math.Min(sorted.Length - 1, p * sorted.Length)];
    }
}
