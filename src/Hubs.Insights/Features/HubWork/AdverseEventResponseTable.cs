using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.Tables;
using Hubs.Insights.Features.Wording;

namespace Hubs.Insights.Features.HubWork;

/// <summary>
/// The response to adverse events by the quarter they were logged in (a financial year's quarters, then the year; never
/// by month): events logged, those involving 5 or more staff, first contacts made and how long they took (under 24
/// hours, 24 to 72, over 72), the share of first contacts within the Hub's target, check-ins done and hand-overs into
/// self-referral offered. A record is one event.
/// </summary>
public static class AdverseEventResponseTable
{
    public static PeriodTable<AdverseEventFacts> Table { get; } =
        new(
            CommissionerWords.Titles.AdverseEventResponse,
            TableRows.ByQuarter,
            e => e.Month,
            [
                People.Count<AdverseEventFacts>("logged", CommissionerWords.Columns.EventsLogged, _ => true),
                People.Count<AdverseEventFacts>("five-or-more-staff", CommissionerWords.Columns.FiveOrMoreStaff, e =>
                    e.StaffInvolved is "5-9" or "10-or-more"
                ),
                People.Count<AdverseEventFacts>("contacted", CommissionerWords.Columns.FirstContacts, e =>
                    e.ResponseBand is not null
                ),
                Band("under-24h", CommissionerWords.Columns.Under24Hours),
                Band("24-72h", CommissionerWords.Columns.From24To72Hours),
                Band("over-72h", CommissionerWords.Columns.Over72Hours),
                People.Rate<AdverseEventFacts>(
                    "within-target",
                    CommissionerWords.Columns.WithinTarget,
                    e => e.WithinTarget == true,
                    e => e.ResponseBand is not null
                ),
                new CountOf<AdverseEventFacts>("follow-ups", CommissionerWords.Columns.CheckIns, e => e.FollowUps),
                new CountOf<AdverseEventFacts>("hand-overs", CommissionerWords.Columns.HandOvers, e => e.HandOvers),
            ]
        );

    private static CountOf<AdverseEventFacts> Band(string band, string label) =>
        People.Count<AdverseEventFacts>(band, label, e => e.ResponseBand == band);
}
