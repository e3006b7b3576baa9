using System.Globalization;

namespace Hubs.Web.Features.Shared;

/// <summary>
/// Times on the clinician pages are the Hub's local time (<c>Hubs:TimeZone</c>); stored times are UTC.
/// </summary>
public sealed class ClinicClock(TimeProvider clock, TimeZoneInfo zone)
{
    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>The Hub's time zone (<c>Hubs:TimeZone</c>), for the rules that read local times.</summary>
    public TimeZoneInfo Zone => zone;

    /// <summary>The Hub's time zone as PostgreSQL names it too (an IANA id), for dates counted by SQL.</summary>
    public string ZoneId => zone.Id;

    /// <summary>Today in the Hub's time zone, for records kept by the day.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Local(Now));

    public DateTime Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, zone).DateTime;

    public string Show(DateTimeOffset instant) =>
        Local(instant).ToString("ddd d MMM yyyy, HH:mm", CultureInfo.GetCultureInfo("en-GB"));

    public string ShowDate(DateTimeOffset instant) =>
        Local(instant).ToString("d MMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    /// <summary>
    /// A date (yyyy-MM-dd) and time (HH:mm) typed on a form, as an instant; null when either is not valid.
    /// </summary>
    public DateTimeOffset? FromLocal(string? date, string? time)
    {
        if (
            !DateTime.TryParseExact(
                $"{date?.Trim()} {time?.Trim()}",
                "yyyy-MM-dd HH:mm",
                CultureInfo.InvariantCulture,
                DateTimeStyles.None,
                out var local
            )
        )
        {
            return null;
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    public (string Date, string Time) ToFields(DateTimeOffset instant)
    {
        var local = Local(instant);
        return (
            local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            local.ToString("HH:mm", CultureInfo.InvariantCulture)
        );
    }
}
