using System.Diagnostics;

namespace Hubs.Benchmarks;

/// <summary>Time since the benchmark started, for its progress lines.</summary>
internal static class Since
{
    private static readonly Stopwatch Clock = Stopwatch.StartNew();

    public static TimeSpan Start => Clock.Elapsed;
}
