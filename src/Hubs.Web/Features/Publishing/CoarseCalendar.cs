using System.Collections.Concurrent;
using System.Globalization;

namespace Hubs.Web.Features.Publishing;

/// <summary>
/// Dates leave the clinical side only as an ISO week or a month, taken in the Hubs' local time zone
/// (<c>Hubs:TimeZone</c>, default Europe/London) so that a referral at 00:30 BST counts on its own day.
/// </summary>
public sealed class CoarseCalendar(TimeZoneInfo zone)
{
    // The week and month of each local day met, made once: a few thousand days over the years a store holds, where
    // every milestone needs its pair (formatting them each time was 3 % of the rebuild export's CPU).
    private readonly ConcurrentDictionary<DateTime, (string IsoWeek, string Month)> _days = new();

    public (string IsoWeek, string Month) Of(DateTimeOffset instant) =>
        _days.GetOrAdd(TimeZoneInfo.ConvertTime(instant, zone).DateTime.Date, Day);

    private static (string IsoWeek, string Month) Day(DateTime local) =>
        (
            string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(local)}-W{ISOWeek.GetWeekOfYear(local):00}"),
            local.ToString("yyyy-MM", CultureInfo.InvariantCulture)
        );

    /// <summary>A local day (the day a consultation or outreach visit took place) as its ISO week and month.</summary>
    public static (string IsoWeek, string Month) Of(DateOnly day) => Day(day.ToDateTime(TimeOnly.MinValue));

    /// <summary>
    /// Whole calendar days between two instants' local dates: a wait, which says how long without
    /// saying when. Referred late on Monday and assessed early on Tuesday is one day.
    /// </summary>
    public int DaysBetween(DateTimeOffset from, DateTimeOffset to) =>
        LocalDate(to).DayNumber - LocalDate(from).DayNumber;

    private DateOnly LocalDate(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
}
