using System.Globalization;

namespace Hubs.Benchmarks;

/// <summary>
/// Peak resident memory (VmHWM from /proc), as <c>benchmarks/scale.sh</c> reads it for its processes.
/// </summary>
internal static class PeakRss
{
    public static long OfThisProcessMb()
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture)
            / 1024;
    }
}
