using Hubs.Insights.Disclosure;

namespace Hubs.Insights.Features.Referrals;

/// <summary>
/// Weeks down, Hubs across, with totals both ways, through disclosure control: counts of 1–7 show as
/// "*", others are rounded to 5, and secondary suppression protects the totals from differencing.
/// </summary>
public static class ReferralsTable
{
    public const string Title = "Self-referrals per week by Hub";

    public static PublishedTable Publish(IReadOnlyList<(string HubId, string IsoWeek, long Referrals)> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var weeks = counts.Select(c => c.IsoWeek).Distinct().Order(StringComparer.Ordinal).ToList();
        var hubs = counts.Select(c => c.HubId).Distinct().Order(StringComparer.Ordinal).ToList();
        var byCell = counts.ToDictionary(c => (c.HubId, c.IsoWeek), c => c.Referrals);
        var columns = hubs
            .Select(hub => (DraftColumn)new CountColumn(hub, hub, weeks.Select(week => byCell.GetValueOrDefault((hub, week))).ToList()))
            .ToList();
        return DisclosureControl.Publish(new TableDraft(Title, weeks, columns, TotalRow: true, TotalColumn: columns.Count > 0));
    }
}
