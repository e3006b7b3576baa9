using Hubs.Contracts.Journeys;
using Hubs.Insights.Disclosure;

namespace Hubs.Insights.Features.Tables;

/// <summary>
/// Where referrals come from: one row per answer to "how did you hear about the Hub" (every one listed, then
/// unanswered, then the total), with referrals by sector, all referrals, and those taken by phone. Every cell goes
/// through the cell rules on its own (cell-key noise, then suppression of 1–7 and rounding to 5).
/// </summary>
public static class ReferralSourcesTable
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

    /// <summary>
    /// The table (or, with <paramref name="afterGroupWork"/>, the share after group work) for the caller's Hubs and the
    /// period: the cohort is the referrals made in it.
    /// </summary>
    public static async Task<PublishedTable> PublishAsync(
        IReferralSourceSource? source,
        IReadOnlySet<string> hubs,
        Period period,
        RecordKeys keys,
        DisclosureOptions options,
        CancellationToken cancellationToken,
        bool afterGroupWork = false
    )
    {
        ArgumentNullException.ThrowIfNull(hubs);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(keys);
        var facts = source is null ? [] : await source.LoadAsync(hubs, cancellationToken);
        List<Keyed<ReferralSourceFacts>> referrals =
        [
            .. facts
                .Where(f => hubs.Contains(f.HubId) && period.Contains(f.ReferralMonth))
                .Select(f => new Keyed<ReferralSourceFacts>(f, keys.Of(f.JourneyKey))),
        ];
        return afterGroupWork ? ReferralsAfterGroupWorkTable.Publish(referrals, options) : Publish(referrals, options);
    }
}
