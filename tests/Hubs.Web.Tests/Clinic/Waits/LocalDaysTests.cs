using Hubs.Web.Features.Journeys.OverseeingHub;

namespace Hubs.Web.Tests.Clinic.Waits;

/// <summary>
/// The waits' fast local day (one offset a UTC day) is the day <see cref="TimeZoneInfo.ConvertTime(DateTimeOffset,
/// TimeZoneInfo)"/> gives, every 7 minutes over two years: clock changes in spring and autumn, a zone half an hour
/// off UTC with its own clock changes, one 45 minutes off, one west of UTC, and times given in other offsets.
/// </summary>
public class LocalDaysTests
{
    [Theory]
    [InlineData("Europe/London")]
    [InlineData("Australia/Adelaide")]
    [InlineData("Asia/Kathmandu")]
    [InlineData("America/St_Johns")]
    public void Every_instant_falls_on_the_day_the_zone_conversion_gives(string zoneId)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var days = new LocalDays(zone);
        var start = new DateTimeOffset(2025, 1, 1, 0, 3, 0, TimeSpan.Zero);
        for (var at = start; at < start.AddYears(2); at = at.AddMinutes(7))
        {
            var given = at.ToOffset(TimeSpan.FromHours(at.Minute % 3 - 1));
            var expected = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(given, zone).DateTime).DayNumber;
            Assert.Equal(expected, days.Of(given));
        }
    }
}
