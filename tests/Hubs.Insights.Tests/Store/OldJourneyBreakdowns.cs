using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.Tables;
using Hubs.Insights.Features.Wording;

namespace Hubs.Insights.Tests.Store;

/// <summary>
/// The journey tables by a row group, the old way (<see cref="OldJourneyTables"/>): how journeys ended, equity and
/// outcome by measure, each from the journeys of the period record by record.
/// </summary>
internal static class OldJourneyBreakdowns
{
    public static PublishedTable DischargeReasons(
        IReadOnlyList<Keyed<JourneyRecord>> records,
        DisclosureOptions options
    )
    {
        var ended = records.Where(r => r.Record.Outcome.Ended).ToList();
        var rows = TableRows.ByCategory(ended, DischargeReasonsTable.Codes, DischargeReasonsTable.HowItEnded, "Total");
        return CellTable.Publish(
            DischargeReasonsTable.Title,
            rows,
            DischargeReasonsTable.Measures,
            hideZerosUnderSuppressedTotal: true,
            options
        );
    }

    public static PublishedTable Equity(
        IReadOnlyList<Keyed<JourneyRecord>> records,
        string by,
        DisclosureOptions options
    )
    {
        var (dimension, name) = EquityBreakdown.ByCode[by];
        var rows = TableRows.ByCategory(
            records,
            Categories.Of(dimension),
            r => Categories.GroupOf(r.Facts, dimension),
            EquityTable.OverallLabel
        );
        return CellTable.Publish(
            CommissionerWords.Titles.Equity(name),
            rows,
            EquityTable.Measures,
            hideZerosUnderSuppressedTotal: true,
            options
        );
    }

    public static PublishedTable MeasureOutcomes(IReadOnlyList<Keyed<JourneyRecord>> records, DisclosureOptions options)
    {
        var rows = MeasureOutcomesTable
            .Codes.Select(code => new DraftRow<MeasuredJourney>(
                code,
                [
                    .. records
                        .Where(r => r.Record.Outcome.FinishedCourse)
                        .Select(r => (r, Pair: r.Record.Facts.Measures.GetValueOrDefault(code)))
                        .Where(x => x.Pair is { Paired: true })
                        .Select(x => new Keyed<MeasuredJourney>(new MeasuredJourney(x.r.Record, x.Pair!), x.r.Key)),
                ]
            ))
            .ToList();
        return CellTable.Publish(MeasureOutcomesTable.Title, rows, MeasureOutcomesTable.Columns, options: options);
    }
}
