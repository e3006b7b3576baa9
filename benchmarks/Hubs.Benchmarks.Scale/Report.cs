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
        var p50 = At(sorted, 0.50);
        var p95 = At(sorted, 0.95);
        var p99 = At(sorted, 0.99);
        Line(
            name,
            string.Create(CultureInfo.InvariantCulture, $"p50 {p50:F0} / p95 {p95:F0} / p99 {p99:F0} ms"),
            "p95 < 200 ms",
            p95 < 200
        );
    }

    private static double At(double[] sorted, double quantile) =>
        sorted[Math.Min(sorted.Length - 1, (int)(sorted.Length * quantile))];
}
