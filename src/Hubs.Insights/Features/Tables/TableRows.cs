using Hubs.Insights.Disclosure;

namespace Hubs.Insights.Features.Tables;

/// <summary>How the catalogue's tables lay their records out in rows.</summary>
internal static class TableRows
{
    /// <summary>
    /// One row per month of the period and the period itself as the total row (a month alone is one row):
    /// each row is the published figure of that month, the same as in any other table of it.
    /// </summary>
    public static List<DraftRow<T>> ByMonth<T>(IReadOnlyList<Keyed<T>> records, Period period, Func<T, string> month)
    {
        var rows = period
            .Parts.Select(p => new DraftRow<T>(p.Code, [.. records.Where(r => p.Contains(month(r.Record)))]))
            .ToList();
        rows.Add(new DraftRow<T>(period.Code, records, IsTotal: period.Parts.Count > 0));
        return rows;
    }

    /// <summary>
    /// For a table published by quarter and year only: a financial year's quarters then the year, a quarter alone as
    /// one row (no month is ever a row of its own).
    /// </summary>
    public static List<DraftRow<T>> ByQuarter<T>(IReadOnlyList<Keyed<T>> records, Period period, Func<T, string> month)
    {
        var quarters =
            period.Kind == PeriodKind.FinancialYear
                ? Enumerable.Range(0, 4).Select(i => Period.QuarterOf(period.Start.AddMonths(3 * i)))
                : [];
        var rows = quarters
            .Select(q => new DraftRow<T>(q.Code, [.. records.Where(r => q.Contains(month(r.Record)))]))
            .ToList();
        rows.Add(new DraftRow<T>(period.Code, records, IsTotal: rows.Count > 0));
        return rows;
    }

    /// <summary>One row per category (every one, empty or not), then the total row over all of them.</summary>
    public static List<DraftRow<T>> ByCategory<T>(
        IReadOnlyList<Keyed<T>> records,
        IEnumerable<string> categories,
        Func<T, string> categoryOf,
        string totalLabel
    )
    {
        var rows = categories
            .Select(c => new DraftRow<T>(c, [.. records.Where(r => categoryOf(r.Record) == c)]))
            .ToList();
        rows.Add(new DraftRow<T>(totalLabel, records, IsTotal: true));
        return rows;
    }
}
