using System.Globalization;
using Hubs.Insights.Disclosure;
using Hubs.Insights.Metrics;

namespace Hubs.Insights.Features.Tables;

/// <summary>
/// What one journey adds to the stored sums of the journey tables: the same measures, rows and groups the tables
/// publish (<see cref="JourneyTables"/>), one <see cref="JourneyCell"/> per part it counts in. The store keeps the
/// sum of these over every journey; a table adds up the months and groups of its rows and publishes the sums through
/// <see cref="CellRules"/> exactly as it would its journeys.
/// </summary>
public static class JourneyCells
{
    /// <summary>Every column of the tables by month of referral, each once.</summary>
    internal static IReadOnlyList<Measure<JourneyRecord>> ByMonth { get; } =
    [
        .. new[]
        {
            TrendsTable.Measures,
            WaitsTable.Measures,
            OutcomesTable.Measures,
            AttendanceTable.Measures,
            HubsTable.Measures,
        }
            .SelectMany(m => m)
            .DistinctBy(m => (m.Key, m.Kind)),
    ];

    public static IEnumerable<JourneyCell> Of(JourneyFacts facts, int key)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var record = JourneyRecord.Of(facts);
        var hub = facts.HubId;
        var month = facts.ReferralMonth;
        var cells = Sum(hub, CellFamilies.Journeys, month, "", ByMonth, record, key);
        foreach (var (by, (dimension, _)) in EquityBreakdown.ByCode)
        {
            var group = Categories.GroupOf(facts, dimension);
            cells = cells.Concat(Sum(hub, CellFamilies.Equity(by), month, group, EquityTable.Measures, record, key));
        }

        if (record.Outcome.Ended)
        {
            var how = DischargeReasonsTable.HowItEnded(record);
            cells = cells.Concat(Sum(hub, CellFamilies.Ended, month, how, DischargeReasonsTable.Measures, record, key));
        }

        foreach (var code in record.Outcome.FinishedCourse ? MeasureOutcomesTable.Codes : [])
        {
            if (facts.Measures.GetValueOrDefault(code) is { Paired: true } pair)
            {
                var measured = new MeasuredJourney(record, pair);
                cells = cells.Concat(
                    Sum(hub, CellFamilies.Measures, month, code, MeasureOutcomesTable.Columns, measured, key)
                );
            }
        }

        return cells.Concat(OpenWaitsOf(facts, key));
    }

    /// <summary>
    /// Each month end the journey waited at, up to the month of its last step; from then on the wait (if any) is the
    /// same step for ever, stored once as an open spell (<see cref="CellFamilies.OpenSpells"/>).
    /// </summary>
    private static IEnumerable<JourneyCell> OpenWaitsOf(JourneyFacts facts, int key)
    {
        var m = facts.Months;
        var last = new[] { facts.ReferralMonth, m.Triaged, m.Assessed, m.FirstTreatment, m.Ended }
            .OfType<string>()
            .Max(StringComparer.Ordinal)!;
        for (var month = facts.ReferralMonth; string.CompareOrdinal(month, last) < 0; month = Next(month))
        {
            if (OpenWaits.At(facts, month) is { } wait)
            {
                foreach (
                    var cell in Sum(facts.HubId, CellFamilies.OpenWaits, month, "", OpenWaitsTable.Measures, wait, key)
                )
                {
                    yield return cell;
                }
            }
        }

        if (OpenWaits.At(facts, last) is { } open)
        {
            yield return new JourneyCell(
                facts.HubId,
                CellFamilies.OpenSpells,
                last,
                open.Stage,
                m.ReferralWeek ?? "",
                0,
                1,
                key
            );
        }
    }

    private static string Next(string month) =>
        DateOnly
            .ParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture)
            .AddMonths(1)
            .ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static IEnumerable<JourneyCell> Sum<T>(
        string hub,
        string family,
        string month,
        string group,
        IReadOnlyList<Measure<T>> measures,
        T record,
        int key
    )
    {
        var sums = new CellSums();
        foreach (var measure in measures)
        {
            measure.Contribute(record, 1, key, sums);
        }

        return sums.Parts.Select(p => new JourneyCell(hub, family, month, group, p.Part, p.Bucket, p.Amount, p.Keys));
    }
}
