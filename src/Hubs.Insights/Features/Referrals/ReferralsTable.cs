using System.Globalization;
using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.Wording;

namespace Hubs.Insights.Features.Referrals;

/// <summary>
/// The ISO-week table of the catalogue: weeks down (every week from the first to the last with a referral),
/// the caller's Hubs across. Each cell is the Hub's week, protected on its own by the cell-key method, so it
/// reads the same to every caller. No totals: a total over "your Hubs" differs from caller to caller.
/// </summary>
public static class ReferralsTable
{
    public const string Title = CommissionerWords.Titles.WeeklyReferrals;

    public static PublishedTable Publish(IReadOnlyList<Keyed<WeeklyReferral>> referrals, IEnumerable<string> hubs)
    {
        ArgumentNullException.ThrowIfNull(referrals);
        var rows = Weeks(referrals.Select(r => r.Record.IsoWeek))
            .Select(week => new DraftRow<WeeklyReferral>(week, [.. referrals.Where(r => r.Record.IsoWeek == week)]))
            .ToList();
        var columns = hubs.Order(StringComparer.Ordinal)
            .Select(hub => (Measure<WeeklyReferral>)People.Count<WeeklyReferral>(hub, hub, r => r.HubId == hub))
            .ToList();
        return CellTable.Publish(Title, rows, columns);
    }

    private static IEnumerable<string> Weeks(IEnumerable<string> seen)
    {
        var mondays = seen.Distinct().Select(Monday).Order().ToList();
        for (
            var monday = mondays.FirstOrDefault();
            mondays.Count > 0 && monday <= mondays[^1];
            monday = monday.AddDays(7)
        )
        {
            yield return string.Create(
                CultureInfo.InvariantCulture,
                $"{ISOWeek.GetYear(monday)}-W{ISOWeek.GetWeekOfYear(monday):00}"
            );
        }
    }

    private static DateTime Monday(string isoWeek) =>
        ISOWeek.ToDateTime(
            int.Parse(isoWeek[..4], CultureInfo.InvariantCulture),
            int.Parse(isoWeek[6..], CultureInfo.InvariantCulture),
            DayOfWeek.Monday
        );
}
