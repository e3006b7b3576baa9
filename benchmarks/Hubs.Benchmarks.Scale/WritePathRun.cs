using System.Globalization;
using System.Text.RegularExpressions;
using Hubs.Testing;

namespace Hubs.Benchmarks.Scale;

/// <summary>
/// The write-path benchmark (<c>benchmarks/Hubs.Benchmarks</c>: HTTP self-referrals and sessions beside the raw
/// PostgreSQL transactions, on a fresh database of the same server) run as its own process, so that its figures
/// stand in this benchmark's table; its whole output is kept in a file.
/// </summary>
internal static partial class WritePathRun
{
    public static string Dll =>
        RepositoryRoot.Combine("benchmarks", "Hubs.Benchmarks", "bin", "Release", "net10.0", "Hubs.Benchmarks.dll");

    /// <summary>
    /// Runs it with <paramref name="arguments"/> (seconds a kind, rounds, warm-up seconds); each kind's rate a
    /// second, or why there are none.
    /// </summary>
    public static async Task<WritePathFigures> RunAsync(string[] arguments)
    {
        var log = Path.Combine(Path.GetTempPath(), $"scale-write-path-{DateTime.UtcNow:yyyyMMdd-HHmmss}.log");
        string output;
        try
        {
            output = (await HostProcess.RunAsync(Dll, arguments, new Dictionary<string, string>())).Output;
        }
        catch (InvalidOperationException failure)
        {
            await File.WriteAllTextAsync(log, failure.Message);
            return new WritePathFigures(new Dictionary<string, double>(), log, Failed: true);
        }

        await File.WriteAllTextAsync(log, output);
        var rates = RateRow()
            .Matches(output)
            .ToDictionary(
                m => m.Groups["kind"].Value.Trim(),
                m => double.Parse(m.Groups["rate"].Value, CultureInfo.InvariantCulture)
            );
        return new WritePathFigures(rates, log, Failed: false);
    }

    // A row of its table: "| HTTP self-referral |      523.9 | …".
    [GeneratedRegex(@"^\| (?<kind>(raw|HTTP) [a-z -]+?) +\| +(?<rate>[0-9.]+) \|", RegexOptions.Multiline)]
    private static partial Regex RateRow();
}

/// <summary>The write-path benchmark's rates a second by kind ("raw session", "HTTP session", …).</summary>
internal sealed record WritePathFigures(IReadOnlyDictionary<string, double> Rates, string Log, bool Failed)
{
    /// <summary>HTTP's rate as a share of raw's for one write ("self-referral", "session"), if both ran.</summary>
    public (double Http, double Raw)? Of(string write) =>
        Rates.TryGetValue("HTTP " + write, out var http) && Rates.TryGetValue("raw " + write, out var raw) && raw > 0
            ? (http, raw)
            : null;
}
