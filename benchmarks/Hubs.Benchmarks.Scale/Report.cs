using System.Globalization;

namespace Hubs.Benchmarks.Scale;

/// <summary>The closing table: each figure beside its target from issue 22.</summary>
internal static class Report
{
    public static void Line(string what, string measured, string target, bool met) =>
        Console.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"| {what, -34} | {measured, -38} | {target, -16} | {(met ? "met" : "MISSED"), -6} |"
            )
        );

    public static void Header()
    {
        Console.WriteLine(
            "| what                               | measured                               "
                + "| target           |        |"
        );
        Console.WriteLine(
            "|------------------------------------|----------------------------------------"
                + "|------------------|--------|"
        );
    }

    public static void Page(string name, double[] sorted)
    {
        Line(name, Percentiles(sorted), "p95 < 200 ms", At(sorted, 0.95) < 200);
    }

    /// <summary>An HTTP write's rate as a share of the raw PostgreSQL transaction's in the same run.</summary>
    public static void WritePath(WritePathFigures figures, string write)
    {
        var name = $"write path: {write}";
        if (figures.Of(write) is not var (http, raw))
        {
            Line(name, figures.Failed ? "failed (see its log)" : "not measured", "50 % of raw", false);
            return;
        }

        Line(
            name,
            string.Create(CultureInfo.InvariantCulture, $"{http / raw:P1} ({http:F0} / {raw:F0} a second)"),
            "50 % of raw",
            http >= raw / 2
        );
    }

    /// <summary>A process's peak resident set beside the issue's 300 MB a host.</summary>
    public static void Rss(string what, long kb) =>
        Line($"peak RSS: {what}", $"{kb / 1024} MB", "300 MB", kb < 300 * 1024);

    /// <summary>
    /// Identity's requests by kind; a whole sign-in is several requests, so it has no per-request target.
    /// </summary>
    public static void Identity(IReadOnlyDictionary<string, double[]> times)
    {
        foreach (var (kind, sorted) in times.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            var name = $"identity: {kind} ({sorted.Length})";
            if (kind == IdentityLoad.Flow)
            {
                Line(name, Percentiles(sorted), "(several requests)", true);
            }
            else
            {
                Page(name, sorted);
            }
        }
    }

    private static string Percentiles(double[] sorted) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"p50 {At(sorted, 0.50):F0} / p95 {At(sorted, 0.95):F0} / p99 {At(sorted, 0.99):F0} ms"
        );

    private static double At(double[] sorted, double quantile) =>
        sorted[Math.Min(sorted.Length - 1, (int)(sorted.Length * quantile))];
}
