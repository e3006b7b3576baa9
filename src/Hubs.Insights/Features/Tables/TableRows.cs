using Hubs.Insights.Disclosure;

namespace Hubs.Insights.Features.Tables;

/// <summary>How the catalogue's tables lay their records out in rows.</summary>
internal static class TableRows
{
    /// <summary>
    /// One row per month of the period and the period itself as the total row (a month alone is one row):
    /// each row is the published figure of that month, the same as in any other table of it.
    /// </summary>
    public static List<DraftRow<JourneyRecord>> ByMonth(IReadOnlyList<Keyed<JourneyRecord>> records, Period period)
    {
        var rows = period
            .Parts.Select(p => new DraftRow<JourneyRecord>(
                p.Code,
                [.. records.Where(r => p.Contains(r.Record.Facts.ReferralMonth))]
            ))
            .ToList();
        rows.Add(new DraftRow<JourneyRecord>(period.Code, records, IsTotal: period.Parts.Count > 0));
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
