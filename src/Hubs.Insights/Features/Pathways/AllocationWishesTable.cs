using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.Tables;
using Hubs.Insights.Features.Wording;

namespace Hubs.Insights.Features.Pathways;

/// <summary>
/// Allocations in the period by an equity group (every category, then overall): how many, how many keyworkers ticked
/// clinician characteristics they would value, and whether the allocated clinician met all, some or none of them,
/// with the share fully met. A record is a journey's latest allocation; which characteristics never leave Web.
/// </summary>
public static class AllocationWishesTable
{
    public static PublishedTable Publish(
        IReadOnlyList<Keyed<AllocationFacts>> allocations,
        string by,
        DisclosureOptions? options = null
    )
    {
        var (dimension, name) = EquityBreakdown.ByCode[by];
        var rows = TableRows.ByCategory(
            allocations,
            Categories.Of(dimension),
            a => Categories.GroupOf(a.Referral, dimension),
            EquityTable.OverallLabel
        );
        return CellTable.Publish(
            CommissionerWords.Titles.AllocationWishes(name),
            rows,
            [
                People.Count<AllocationFacts>("allocations", CommissionerWords.Columns.Allocations, _ => true),
                People.Count<AllocationFacts>("wishes-stated", CommissionerWords.Columns.WishesStated, a => a.Stated),
                Wishes("met", CommissionerWords.Columns.WishesMet),
                Wishes("partly-met", CommissionerWords.Columns.WishesPartlyMet),
                Wishes("not-met", CommissionerWords.Columns.WishesNotMet),
                People.Rate<AllocationFacts>(
                    "met-share",
                    CommissionerWords.Columns.WishesMetShare,
                    a => a.Wishes == "met",
                    a => a.Stated
                ),
            ],
            hideZerosUnderSuppressedTotal: true,
            options
        );
    }

    private static CountOf<AllocationFacts> Wishes(string code, string label) =>
        People.Count<AllocationFacts>(code, label, a => a.Wishes == code);
}
