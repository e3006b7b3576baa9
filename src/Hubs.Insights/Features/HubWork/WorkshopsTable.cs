using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.Tables;
using Hubs.Insights.Features.Wording;

namespace Hubs.Insights.Features.HubWork;

/// <summary>
/// Resilience workshops held, by the quarter they took place in (a financial year's quarters, then the year; never by
/// month): workshops, places booked, attended, follow-up coaching calls held, participants with a measure before and
/// after, and the shares of those whose band got better and worse. A record is one workshop, so a share's base is the
/// workshops behind it (suppressed when 1–7, like any other), which keeps one participant's answers from showing in a
/// small month.
/// </summary>
public static class WorkshopsTable
{
    public static PeriodTable<WorkshopFacts> Table { get; } =
        new(
            CommissionerWords.Titles.Workshops,
            TableRows.ByQuarter,
            w => w.Month,
            [
                People.Count<WorkshopFacts>("held", CommissionerWords.Columns.WorkshopsHeld, _ => true),
                new CountOf<WorkshopFacts>("booked", CommissionerWords.Columns.PlacesBooked, w => w.Booked),
                new CountOf<WorkshopFacts>("attended", CommissionerWords.Columns.Attended, w => w.Attended),
                new CountOf<WorkshopFacts>("coaching-calls", CommissionerWords.Columns.CoachingCalls, w =>
                    w.CoachingCalls
                ),
                new CountOf<WorkshopFacts>("paired", CommissionerWords.Columns.MeasurePaired, w => w.Paired),
                new RateOf<WorkshopFacts>("better", CommissionerWords.Columns.BandBetter, w => w.Better, w => w.Paired),
                new RateOf<WorkshopFacts>("worse", CommissionerWords.Columns.BandWorse, w => w.Worse, w => w.Paired),
            ]
        );
}
