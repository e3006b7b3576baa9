using Hubs.Contracts.HubWork;
using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.Tables;
using Hubs.Insights.Features.Wording;

namespace Hubs.Insights.Features.HubWork;

/// <summary>
/// Outreach reach in the period, by the sector of the organisation reached (every one listed, then the total): contacts
/// made, people who attended them, and the contacts by kind (promotion visits, team briefings, partner talks).
/// </summary>
public static class OutreachTable
{
    public static PublishedTable Publish(
        IReadOnlyList<Keyed<OutreachFacts>> outreach,
        DisclosureOptions? options = null
    ) =>
        CellTable.Publish(
            CommissionerWords.Titles.Outreach,
            TableRows.ByCategory(outreach, HubWorkCodes.Sectors, o => o.Sector, "Total"),
            Columns,
            hideZerosUnderSuppressedTotal: true,
            options
        );

    /// <summary>Contacts, people who attended and contacts by kind: the columns of both outreach tables.</summary>
    public static IReadOnlyList<Measure<OutreachFacts>> Columns { get; } =
    [
        People.Count<OutreachFacts>("contacts", CommissionerWords.Columns.OutreachContacts, _ => true),
        new CountOf<OutreachFacts>("reached", CommissionerWords.Columns.PeopleReached, o => o.Attendees),
        .. HubWorkCodes
            .OutreachKinds.Where(k => k != "other")
            .Select(k => People.Count<OutreachFacts>(k, CommissionerWords.Of(k), o => o.Kind == k)),
    ];
}
