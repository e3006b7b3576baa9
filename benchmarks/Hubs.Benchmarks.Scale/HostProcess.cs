using System.Diagnostics;
using System.Globalization;

namespace Hubs.Benchmarks.Scale;

/// <summary>
/// One of Web's host commands run as its own process (as an operator runs it), its output passed through and its
/// peak resident memory (VmHWM, polled from /proc while it runs) kept.
/// </summary>
internal static class HostProcess
{
    public static async Task<(TimeSpan Took, long PeakKb, string Output)> RunAsync(
        string dll,
        string[] arguments,
        IReadOnlyDictionary<string, string> environment
    )
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, dll));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {dll}.");
        var output = process.StandardOutput.ReadToEndAsync();
        long peak = 0;
        while (!process.HasExited)
        {
            peak = Math.Max(peak, PeakKb(process.Id));
            await Task.WhenAny(process.WaitForExitAsync(), Task.Delay(500));
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{dll} {string.Join(' ', arguments)} exited {process.ExitCode}: {await output}"
            );
        }

        return (clock.Elapsed, peak, await output);
    }

    /// <summary>The peak resident set of a process in kB (0 once it is gone).</summary>
    public static long PeakKb(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status")
                .FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null
                ? 0
                : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
