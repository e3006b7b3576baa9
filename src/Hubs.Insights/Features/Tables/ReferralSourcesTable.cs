using Hubs.Contracts.Journeys;
using Hubs.Insights.Disclosure;

namespace Hubs.Insights.Features.Tables;

/// <summary>
/// Where referrals come from: one row per answer to "how did you hear about the Hub" (every one listed, then
/// unanswered, then the total), with referrals by sector, all referrals, and those taken by phone. Every cell goes
/// through the cell rules on its own (cell-key noise, then suppression of 1–7 and rounding to 5).
/// </summary>
public sealed class ReferralSourcesTable(IReferralSourceSource? source = null) : ITablePublisher
{
    public const string Title = "Where referrals come from";

    /// <summary>The sector codes of the referral, in the order the other tables list them.</summary>
    public static IReadOnlyList<string> Sectors { get; } =
    ["health", "social-care", "police", "fire", "care-home", "other"];

    public static PublishedTable Publish(
        IReadOnlyList<Keyed<ReferralSourceFacts>> records,
        DisclosureOptions? options = null
    )
    {
        ArgumentNullException.ThrowIfNull(records);
        var rows = TableRows.ByCategory(records, ReferralSourceCodes.HeardFrom, r => r.HeardFrom, "Total");
        Measure<ReferralSourceFacts>[] columns =
        [
            .. Sectors.Select(s =>
                People.Count<ReferralSourceFacts>(s, Wording.CommissionerWords.Of(s), r => r.Sector == s)
            ),
            People.Count<ReferralSourceFacts>("referrals", "All referrals", _ => true),
            People.Count<ReferralSourceFacts>("by-phone", "Taken by phone", r =>
                r.Channel == ReferralSourceCodes.Phone
            ),
        ];
        return CellTable.Publish(Title, rows, columns, hideZerosUnderSuppressedTotal: true, options);
    }

    public IReadOnlyCollection<string> Tables { get; } = [TableCatalogue.ReferralSources];

    /// <summary>The table for the caller's Hubs and the period: the cohort is the referrals made in it.</summary>
    public async Task<PublishedTable> PublishAsync(TableScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var facts = source is null ? [] : await source.LoadAsync(scope.Hubs, cancellationToken);
        return Publish(scope.InPeriod(facts, f => f.HubId, f => f.ReferralMonth, f => f.JourneyKey), scope.Options);
    }
}
