using Hubs.Insights.Disclosure;

namespace Hubs.Insights.Features.Tables;

/// <summary>
/// How many self-referrals followed a group or outreach contact, by the referral's sector (then the total): all
/// referrals, those whose answer to "how did you hear about the Hub" was a Hub talk or outreach visit or a group
/// session, and their share of the referrals that answered. Each referral is keyed by its journey, so a cell reads as
/// the same cell of the referral-sources table, and no journey is ever linked to a group, event or visit.
/// </summary>
public sealed class ReferralsAfterGroupWorkTable(IReferralSourceSource? source = null) : ITablePublisher
{
    /// <summary>The answers that mean the keyworker heard of the Hub through its group or outreach work.</summary>
    public static IReadOnlySet<string> GroupOrOutreach { get; } =
        new HashSet<string> { "hub-outreach", "group-session" };

    public static PublishedTable Publish(
        IReadOnlyList<Keyed<ReferralSourceFacts>> records,
        DisclosureOptions? options = null
    ) =>
        CellTable.Publish(
            Wording.CommissionerWords.Titles.ReferralsAfterGroupWork,
            TableRows.ByCategory(records, ReferralSourcesTable.Sectors, r => r.Sector, "Total"),
            [
                People.Count<ReferralSourceFacts>("referrals", Wording.CommissionerWords.Columns.Referrals, _ => true),
                People.Count<ReferralSourceFacts>(
                    "after-outreach",
                    Wording.CommissionerWords.Columns.AfterOutreach,
                    r => r.HeardFrom == "hub-outreach"
                ),
                People.Count<ReferralSourceFacts>("after-group", Wording.CommissionerWords.Columns.AfterGroup, r =>
                    r.HeardFrom == "group-session"
                ),
                People.Rate<ReferralSourceFacts>(
                    "after-group-work-share",
                    Wording.CommissionerWords.Columns.AfterGroupWorkShare,
                    r => GroupOrOutreach.Contains(r.HeardFrom),
                    r => r.HeardFrom != Hubs.Contracts.Journeys.ReferralSourceCodes.NotGiven
                ),
            ],
            hideZerosUnderSuppressedTotal: true,
            options
        );

    public IReadOnlyCollection<string> Tables { get; } = [TableCatalogue.ReferralsAfterGroupWork];

    /// <summary>
    /// The cohort is the referrals made in the period, keyed by journey as in the referral-sources table.
    /// </summary>
    public async Task<PublishedTable> PublishAsync(TableScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var facts = source is null ? [] : await source.LoadAsync(scope.Hubs, cancellationToken);
        return Publish(scope.InPeriod(facts, f => f.HubId, f => f.ReferralMonth, f => f.JourneyKey), scope.Options);
    }
}
