using System.Globalization;
using System.Text.RegularExpressions;

namespace Hubs.Insights.Features.Tables;

public enum PeriodKind
{
    Month,
    Quarter,
    FinancialYear,
}

/// <summary>
/// One of the fixed periods figures are published for, by month of referral: a month ("2026-05"), a
/// calendar quarter ("2026-Q2", April to June) or a financial year ("FY2026-27", April 2026 to March 2027).
/// There are no free ranges: a longer period is published as its own figures, never summed by a reader.
/// </summary>
public sealed partial record Period(string Code, PeriodKind Kind, DateOnly Start, int MonthCount)
{
    public const int FirstYear = 2000,
        LastYear = 2099;

    public const string Hint = "A month (2026-05), a quarter (2026-Q2) or a financial year (FY2026-27).";

    public IReadOnlyList<string> Months =>
        [
            .. Enumerable
                .Range(0, MonthCount)
                .Select(i => Start.AddMonths(i).ToString("yyyy-MM", CultureInfo.InvariantCulture)),
        ];

    /// <summary>The months a quarter or year is shown by, each a period of its own; none for a month.</summary>
    public IReadOnlyList<Period> Parts => Kind == PeriodKind.Month ? [] : [.. Months.Select(m => Parse(m)!)];

    public bool Contains(string month) => Months.Contains(month, StringComparer.Ordinal);

    /// <summary>
    /// The period a code names, or null for anything else (a typing slip, a year outside 2000–2099).
    /// </summary>
    public static Period? Parse(string? code)
    {
        if (code is null)
        {
            return null;
        }

        if (MonthPattern().Match(code) is { Success: true } m && Year(m) is { } year)
        {
            var month = Number(m.Groups[2].Value);
            return new(code, PeriodKind.Month, new DateOnly(year, month, 1), 1);
        }

        if (QuarterPattern().Match(code) is { Success: true } q && Year(q) is { } quarterYear)
        {
            return new(
                code,
                PeriodKind.Quarter,
                new DateOnly(quarterYear, ((Number(q.Groups[2].Value) - 1) * 3) + 1, 1),
                3
            );
        }

        if (
            YearPattern().Match(code) is { Success: true } y
            && Year(y) is { } first
            && Number(y.Groups[2].Value) == (first + 1) % 100
        )
        {
            return new(code, PeriodKind.FinancialYear, new DateOnly(first, 4, 1), 12);
        }

        return null;
    }

    /// <summary>The calendar quarter a day falls in.</summary>
    public static Period QuarterOf(DateOnly day) =>
        Parse(string.Create(CultureInfo.InvariantCulture, $"{day.Year}-Q{((day.Month - 1) / 3) + 1}"))!;

    private static int? Year(Match match) =>
        Number(match.Groups[1].Value) is var y and >= FirstYear and <= LastYear ? y : null;

    private static int Number(string digits) => int.Parse(digits, CultureInfo.InvariantCulture);

    [GeneratedRegex("^([0-9]{4})-(0[1-9]|1[0-2])$")]
    private static partial Regex MonthPattern();

    [GeneratedRegex("^([0-9]{4})-Q([1-4])$")]
    private static partial Regex QuarterPattern();

    [GeneratedRegex("^FY([0-9]{4})-([0-9]{2})$")]
    private static partial Regex YearPattern();
}
