using Hubs.Contracts.HubWork;
using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.Tables;
using Hubs.Insights.Features.Wording;
using Hubs.Insights.Metrics;

namespace Hubs.Insights.Features.HubWork;

/// <summary>
/// Adverse events in the period by the sector of the department involved (every sector, "Not stated" for events logged
/// without one, then the total): events logged, first contacts made and the share within the Hub's target, check-ins
/// done and hand-overs offered. An event is one record, keyed as in the response table, so the total row reads as that
/// table's figure for the period.
/// </summary>
public static class AdverseEventsBySectorTable
{
    public static PublishedTable Publish(
        IReadOnlyList<Keyed<AdverseEventFacts>> events,
        DisclosureOptions? options = null
    ) =>
        CellTable.Publish(
            CommissionerWords.Titles.AdverseEventsBySector,
            TableRows.ByCategory(
                events,
                [.. HubWorkCodes.Sectors, Dimensions.NotStated],
                e => e.Sector ?? Dimensions.NotStated,
                "Total"
            ),
            [
                People.Count<AdverseEventFacts>("logged", CommissionerWords.Columns.EventsLogged, _ => true),
                People.Count<AdverseEventFacts>("contacted", CommissionerWords.Columns.FirstContacts, e =>
                    e.ResponseBand is not null
                ),
                People.Rate<AdverseEventFacts>(
                    "within-target",
                    CommissionerWords.Columns.WithinTarget,
                    e => e.WithinTarget == true,
                    e => e.ResponseBand is not null
                ),
                new CountOf<AdverseEventFacts>("follow-ups", CommissionerWords.Columns.CheckIns, e => e.FollowUps),
                new CountOf<AdverseEventFacts>("hand-overs", CommissionerWords.Columns.HandOvers, e => e.HandOvers),
            ],
            hideZerosUnderSuppressedTotal: true,
            options
        );
}
