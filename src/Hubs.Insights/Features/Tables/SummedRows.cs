using Hubs.Insights.Disclosure;
using Hubs.Insights.Metrics;

namespace Hubs.Insights.Features.Tables;

/// <summary>
/// The rows of the journey tables from their stored sums, laid out as <see cref="TableRows"/> lays out journeys: a
/// row's sums are the sums of the months and groups its journeys fall in, a total row the sums of all of them.
/// </summary>
internal static class SummedRows
{
    public static SummedRow Row(string label, IEnumerable<JourneyCell> cells, bool isTotal = false)
    {
        var sums = new CellSums();
        foreach (var cell in cells)
        {
            sums.AddSum(cell.Part, cell.Bucket, cell.Amount, cell.Keys);
        }

        return new SummedRow(label, sums, isTotal);
    }

    /// <summary>One row per month of the period, then the period (the total row when it has months).</summary>
    public static List<SummedRow> ByMonth(IReadOnlyList<JourneyCell> cells, Period period)
    {
        var months = period.Months.ToHashSet(StringComparer.Ordinal);
        var inPeriod = cells.Where(c => months.Contains(c.Month)).ToList();
        var rows = period.Parts.Select(p => Row(p.Code, inPeriod.Where(c => c.Month == p.Code))).ToList();
        rows.Add(Row(period.Code, inPeriod, isTotal: period.Parts.Count > 0));
        return rows;
    }

    /// <summary>One row per group (every one), then the total row over all of them.</summary>
    public static List<SummedRow> ByGroup(IReadOnlyList<JourneyCell> cells, IEnumerable<string> groups, string total) =>
        [.. groups.Select(g => Row(g, cells.Where(c => c.Group == g))), Row(total, cells, isTotal: true)];

    /// <summary>
    /// Who waited at the end of <paramref name="month"/>: those stored for that month end, and every wait left open
    /// from a month up to it, at the whole weeks from its referral week to this month end.
    /// </summary>
    public static CellSums OpenAt(IReadOnlyList<JourneyCell> waited, IReadOnlyList<JourneyCell> open, string month)
    {
        var sums = Row(month, waited.Where(c => c.Month == month)).Sums;
        foreach (var spell in open.Where(c => string.CompareOrdinal(c.Month, month) <= 0 && c.Amount > 0))
        {
            var wait = new OpenWait(spell.Group, OpenWaits.WeeksBetween(spell.Part, month));
            foreach (var measure in OpenWaitsTable.Measures)
            {
                measure.Contribute(wait, spell.Amount, spell.Keys, sums);
            }
        }

        return sums;
    }
}
