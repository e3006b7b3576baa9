using Hubs.Contracts.HubWork;
using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.Tables;
using Hubs.Insights.Features.Wording;

namespace Hubs.Insights.Features.HubWork;

/// <summary>
/// Outreach reach in the period by the type of organisation reached (every one listed, then the total), with the
/// outreach table's columns: a contact is one record wherever it is counted, so the total row reads as the outreach
/// table's total and a type's figure is the same in every period's table.
/// </summary>
public static class OutreachByOrganisationTable
{
    public static PublishedTable Publish(
        IReadOnlyList<Keyed<OutreachFacts>> outreach,
        DisclosureOptions? options = null
    ) =>
        CellTable.Publish(
            CommissionerWords.Titles.OutreachByOrganisationType,
            TableRows.ByCategory(outreach, HubWorkCodes.OrganisationTypes, o => o.OrganisationType, "Total"),
            OutreachTable.Columns,
            hideZerosUnderSuppressedTotal: true,
            options
        );
}
