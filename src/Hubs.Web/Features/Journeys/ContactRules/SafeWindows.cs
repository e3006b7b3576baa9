using Hubs.Web.Features.Journeys.ChangingContactPreferences;

namespace Hubs.Web.Features.Journeys.ContactRules;

/// <summary>
/// What each safe time means, in the Hub's local time (project rule, documented in Features/Contact/README.md):
/// weekday mornings 08:00–12:00, afternoons 12:00–17:00, evenings 17:00–21:00; weekends 09:00–21:00.
/// </summary>
public static class SafeWindows
{
    private static readonly TimeSpan Weekday8 = TimeSpan.FromHours(8);
    private static readonly TimeSpan Noon = TimeSpan.FromHours(12);
    private static readonly TimeSpan Five = TimeSpan.FromHours(17);
    private static readonly TimeSpan Nine = TimeSpan.FromHours(21);
    private static readonly TimeSpan WeekendStart = TimeSpan.FromHours(9);

    /// <summary>
    /// The earliest instant at or after <paramref name="now"/> inside a safe window, or null if none is stated.
    /// </summary>
    public static DateTimeOffset? NextSafe(
        IReadOnlyCollection<SafeTime> safeTimes,
        DateTimeOffset now,
        TimeZoneInfo zone
    )
    {
        ArgumentNullException.ThrowIfNull(safeTimes);
        ArgumentNullException.ThrowIfNull(zone);
        var today = TimeZoneInfo.ConvertTime(now, zone).Date;
        DateTimeOffset? best = null;
        for (var day = 0; day <= 7 && best is null; day++)
        {
            var date = today.AddDays(day);
            foreach (var (start, end) in safeTimes.SelectMany(t => Window(t, date.DayOfWeek)))
            {
                var from = At(date + start, zone);
                var until = At(date + end, zone);
                if (until > now)
                {
                    var candidate = from > now ? from : now;
                    best = best is null || candidate < best ? candidate : best;
                }
            }
        }

        return best;
    }

    /// <summary>
    /// Whether the whole of <paramref name="from"/>–<paramref name="until"/> lies in safe windows (adjacent windows
    /// join).
    /// </summary>
    public static bool Contains(
        IReadOnlyCollection<SafeTime> safeTimes,
        DateTimeOffset from,
        DateTimeOffset until,
        TimeZoneInfo zone
    )
    {
        ArgumentNullException.ThrowIfNull(safeTimes);
        ArgumentNullException.ThrowIfNull(zone);
        var start = TimeZoneInfo.ConvertTime(from, zone).DateTime;
        var end = TimeZoneInfo.ConvertTime(until, zone).DateTime;
        var reached = start;
        foreach (var (open, close) in safeTimes.SelectMany(t => Window(t, start.DayOfWeek)).OrderBy(w => w.Start))
        {
            if (start.Date + open <= reached && reached < start.Date + close)
            {
                reached = start.Date + close;
            }
        }

        return reached > start && end <= reached;
    }

    private static IEnumerable<(TimeSpan Start, TimeSpan End)> Window(SafeTime time, DayOfWeek day)
    {
        var weekend = day is DayOfWeek.Saturday or DayOfWeek.Sunday;
        (TimeSpan, TimeSpan)? window = time switch
        {
            SafeTime.WeekdayMornings when !weekend => (Weekday8, Noon),
            SafeTime.WeekdayAfternoons when !weekend => (Noon, Five),
            SafeTime.WeekdayEvenings when !weekend => (Five, Nine),
            SafeTime.Weekends when weekend => (WeekendStart, Nine),
            _ => null,
        };
        return window is { } w ? [w] : [];
    }

    private static DateTimeOffset At(DateTime local, TimeZoneInfo zone) => new(local, zone.GetUtcOffset(local));
}
