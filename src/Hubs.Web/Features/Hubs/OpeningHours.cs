namespace Hubs.Web.Features.Hubs;

/// <summary>
/// A Hub's normal opening hours in the deployment's time zone (<c>Hubs:TimeZone</c>). Project rule: an
/// appointment is out of hours when any part of it falls outside them (before opening, after closing,
/// across midnight, or on a closed day). Default: Monday to Friday, 09:00 to 17:00.
/// </summary>
public sealed record OpeningHours(TimeOnly Opens, TimeOnly Closes, IReadOnlySet<DayOfWeek> Days, TimeZoneInfo Zone)
{
    public static readonly TimeOnly DefaultOpens = new(9, 0);
    public static readonly TimeOnly DefaultCloses = new(17, 0);
    public static readonly IReadOnlySet<DayOfWeek> Weekdays = new HashSet<DayOfWeek>
    {
        DayOfWeek.Monday,
        DayOfWeek.Tuesday,
        DayOfWeek.Wednesday,
        DayOfWeek.Thursday,
        DayOfWeek.Friday,
    };

    public bool IsOutOfHours(DateTimeOffset startsAt, TimeSpan length)
    {
        var start = TimeZoneInfo.ConvertTime(startsAt, Zone).DateTime;
        var end = TimeZoneInfo.ConvertTime(startsAt + length, Zone).DateTime;
        return start.Date != end.Date
            || !Days.Contains(start.DayOfWeek)
            || TimeOnly.FromDateTime(start) < Opens
            || TimeOnly.FromDateTime(end) > Closes;
    }
}
