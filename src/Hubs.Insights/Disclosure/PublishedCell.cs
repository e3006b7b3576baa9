using System.Globalization;

namespace Hubs.Insights.Disclosure;

/// <summary>
/// One cell as a stakeholder may see it. It carries only what is safe to show: <see cref="Value"/> is the
/// number behind <see cref="Display"/> (a rounded count, a percentage, a median), never the raw figure.
/// Only <see cref="CellRules"/> makes cells, so a renderer cannot build one around a raw count.
/// </summary>
public sealed record PublishedCell
{
    public const string SuppressedMark = "*";
    public const string NoDataMark = "no data";

    private PublishedCell(CellStatus status, string display, decimal? value)
    {
        Status = status;
        Display = display;
        Value = value;
    }

    public CellStatus Status { get; }

    /// <summary>Text for pages and CSV: "*", "no data", "15", "42.9%", "12.5".</summary>
    public string Display { get; }

    /// <summary>The shown number for charts and feeds; null when suppressed or no data.</summary>
    public decimal? Value { get; }

    internal static PublishedCell Suppressed { get; } = new(CellStatus.Suppressed, SuppressedMark, null);

    internal static PublishedCell NoData { get; } = new(CellStatus.NoData, NoDataMark, null);

    internal static PublishedCell Count(long shown) =>
        new(CellStatus.Value, shown.ToString(CultureInfo.InvariantCulture), shown);

    internal static PublishedCell Percent(decimal percent, int decimals) =>
        new(CellStatus.Value, Fixed(percent, decimals) + "%", percent);

    internal static PublishedCell Number(decimal value, int decimals) =>
        new(CellStatus.Value, Fixed(value, decimals), value);

    private static string Fixed(decimal value, int decimals) =>
        value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
