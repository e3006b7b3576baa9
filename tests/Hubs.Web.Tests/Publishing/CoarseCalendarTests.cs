using System.Globalization;
using Hubs.Web.Features.Publishing;

namespace Hubs.Web.Tests.Publishing;

/// <summary>
/// The week and month of an instant are those of its local day in the Hubs' zone, however many instants of the same or
/// other days were asked before (the calendar keeps each day's pair once made).
/// </summary>
public class CoarseCalendarTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    private static (string, string) Expected(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, London).DateTime;
        return (
            $"{ISOWeek.GetYear(local)}-W{ISOWeek.GetWeekOfYear(local).ToString("00", CultureInfo.InvariantCulture)}",
            local.ToString("yyyy-MM", CultureInfo.InvariantCulture)
        );
    }

    [Fact]
    public void Instants_of_one_day_and_of_the_days_around_it_each_get_their_local_week_and_month()
    {
        var calendar = new CoarseCalendar(London);
        DateTimeOffset[] instants =
        [
            new(2026, 6, 30, 23, 30, 0, TimeSpan.Zero), // 00:30 BST on 1 July: July, not June
            new(2026, 6, 30, 12, 0, 0, TimeSpan.Zero),
            new(2026, 7, 1, 22, 59, 0, TimeSpan.Zero),
            new(2026, 12, 31, 23, 59, 0, TimeSpan.Zero), // GMT: still 2026-W53
            new(2027, 1, 1, 0, 1, 0, TimeSpan.Zero),
            new(2027, 1, 4, 0, 0, 0, TimeSpan.Zero), // 2027-W01
            new(2026, 3, 29, 0, 59, 0, TimeSpan.Zero), // the night the clocks go forward
            new(2026, 3, 29, 1, 0, 0, TimeSpan.Zero),
        ];

        var twice = instants.Concat(instants.Reverse()).ToList();

        Assert.Equal(twice.Select(Expected), twice.Select(calendar.Of));
        Assert.Equal(("2026-W27", "2026-07"), calendar.Of(instants[0]));
    }
}
