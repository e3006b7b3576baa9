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

    /// <summary>The equity families with their breakdowns, made once.</summary>
    private static readonly (string Family, Dimension Dimension)[] Equities =
    [
        .. EquityBreakdown.ByCode.Select(b => (CellFamilies.Equity(b.Key), b.Value.Dimension)),
    ];

    // "yyyy-MM" of each month from 1900 on, made once when first needed: a refill steps through the months of every
    // journey's open waits, and a row whose month is the very same string is found without hashing it.
    private static readonly string?[] MonthTexts = new string?[12 * 300];

    public static IReadOnlyList<JourneyCell> Of(JourneyFacts facts, int key)
    {
        var cells = new Listed();
        Of(facts, key, new CellSums(), cells);
        return cells.Cells;
    }

    /// <summary>
    /// The journey's cells handed row by row to <paramref name="each"/>, summed in <paramref name="scratch"/> (emptied
    /// for each row): what a refill runs for each of millions of journeys, so nothing here makes a list, an iterator
    /// or a string a cell.
    /// </summary>
    internal static void Of(JourneyFacts facts, int key, CellSums scratch, IJourneyCellSink each)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var record = JourneyRecord.Of(facts);
        var hub = facts.HubId;
        var month = facts.ReferralMonth;
        var row = new Row(hub, month, key, scratch, each);
        row.Sum(CellFamilies.Journeys, "", ByMonth, record);
        foreach (var (family, dimension) in Equities)
        {
            row.Sum(family, Categories.GroupOf(facts, dimension), EquityTable.Measures, record);
        }

        if (record.Outcome.Ended)
        {
            row.Sum(
                CellFamilies.Ended,
                DischargeReasonsTable.HowItEnded(record),
                DischargeReasonsTable.Measures,
                record
            );
        }

        if (record.Outcome.FinishedCourse && facts.Measures.Count > 0)
        {
            foreach (var code in MeasureOutcomesTable.Codes)
            {
                if (facts.Measures.GetValueOrDefault(code) is { Paired: true } pair)
                {
                    row.Sum(
                        CellFamilies.Measures,
                        code,
                        MeasureOutcomesTable.Columns,
                        new MeasuredJourney(record, pair)
                    );
                }
            }
        }

        OpenWaitsOf(facts, row);
    }

    /// <summary>
    /// Each month end the journey waited at, up to the month of its last step; from then on the wait (if any) is the
    /// same step for ever, stored once as an open spell (<see cref="CellFamilies.OpenSpells"/>).
    /// </summary>
    private static void OpenWaitsOf(JourneyFacts facts, Row row)
    {
        var m = facts.Months;
        var last = Later(Later(Later(Later(facts.ReferralMonth, m.Triaged), m.Assessed), m.FirstTreatment), m.Ended);
        var number = Number(facts.ReferralMonth);
        for (var month = facts.ReferralMonth; string.CompareOrdinal(month, last) < 0; month = Text(++number))
        {
            if (OpenWaits.At(facts, month) is { } wait)
            {
                (row with { Month = month }).Sum(CellFamilies.OpenWaits, "", OpenWaitsTable.Measures, wait);
            }
        }

        if (OpenWaits.At(facts, last) is { } open)
        {
            row.Each.Add(
                new JourneyCell(
                    facts.HubId,
                    CellFamilies.OpenSpells,
                    last,
                    open.Stage,
                    m.ReferralWeek ?? "",
                    0,
                    1,
                    row.Key
                )
            );
        }
    }

    private static string Later(string month, string? other) =>
        other is not null && string.CompareOrdinal(other, month) > 0 ? other : month;

    /// <summary>Months since January 1900 of a "yyyy-MM".</summary>
    private static int Number(string month)
    {
        var date = DateOnly.ParseExact(month, "yyyy-MM", CultureInfo.InvariantCulture);
        return ((date.Year - 1900) * 12) + date.Month - 1;
    }

    private static string Text(int number) =>
        number is >= 0 and < 12 * 300 ? MonthTexts[number] ??= MonthText(number) : MonthText(number);

    private static string MonthText(int number) =>
        new DateOnly(1900 + (number / 12), (number % 12) + 1, 1).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>The journey's rows of one month: each row's measures summed, then its cells handed on.</summary>
    private readonly record struct Row(string Hub, string Month, int Key, CellSums Scratch, IJourneyCellSink Each)
    {
        public void Sum<T>(string family, string group, IReadOnlyList<Measure<T>> measures, T record)
        {
            Scratch.Clear();
            for (var i = 0; i < measures.Count; i++)
            {
                measures[i].Contribute(record, 1, Key, Scratch);
            }

            Each.Add(Hub, family, Month, group, Scratch);
        }
    }

    /// <summary>The cells as a list, each part by its name.</summary>
    private sealed class Listed : IJourneyCellSink
    {
        public List<JourneyCell> Cells { get; } = [];

        public void Add(string hub, string family, string month, string group, CellSums sums)
        {
            var parts = sums.EachPart();
            while (parts.MoveNext())
            {
                var (at, (amount, keys)) = parts.Current;
                var part = PartNumbers.Name(at.Part);
                Cells.Add(new JourneyCell(hub, family, month, group, part, at.Bucket, amount, keys));
            }
        }

        public void Add(JourneyCell cell) => Cells.Add(cell);
    }
}
