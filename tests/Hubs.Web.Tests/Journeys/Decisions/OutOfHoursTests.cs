using Hubs.Web.Features.Hubs;
using Hubs.Web.Features.Journeys.Events;
using Microsoft.Extensions.Configuration;

namespace Hubs.Web.Tests.Journeys.Decisions;

/// <summary>Out of hours is the Hub's call: its opening hours in UK time, as the operator configures them.</summary>
public class OutOfHoursTests
{
    [Theory]
    [InlineData("2026-11-26T09:00:00+00:00", 50, false)] // Thursday, opening time (GMT)
    [InlineData("2026-11-26T16:10:00+00:00", 50, false)] // ends exactly at closing
    [InlineData("2026-11-26T08:30:00+00:00", 50, true)] // starts before opening
    [InlineData("2026-11-26T16:30:00+00:00", 50, true)] // runs past closing
    [InlineData("2026-11-28T10:00:00+00:00", 50, true)] // Saturday
    [InlineData("2026-11-26T23:30:00+00:00", 60, true)] // across midnight
    [InlineData("2027-06-15T08:30:00+00:00", 50, false)] // 09:30 British Summer Time
    [InlineData("2027-06-15T16:30:00+00:00", 50, true)] // 17:30 British Summer Time
    public void Out_of_hours_follows_the_hubs_hours_in_uk_time(string startsAt, int minutes, bool outOfHours)
    {
        var booked = Assert.IsType<AppointmentBooked>(
            Assert.Single(
                AppointmentTimeRuleTests
                    .BookAt(DateTimeOffset.Parse(startsAt, System.Globalization.CultureInfo.InvariantCulture), minutes)
                    .Events
            )
        );
        Assert.Equal(outOfHours, booked.OutOfHours);
    }

    [Fact]
    public void A_hub_open_on_saturday_evenings_has_its_own_hours_as_the_operator_configures_them()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(
                new Dictionary<string, string?>
                {
                    ["Hubs:Directory:0:Id"] = "north",
                    ["Hubs:Directory:0:Name"] = "North",
                    ["Hubs:Directory:0:Opens"] = "12:00",
                    ["Hubs:Directory:0:Closes"] = "21:00",
                    ["Hubs:Directory:0:OpenDays:0"] = "Saturday",
                    ["Hubs:Directory:1:Id"] = "south",
                    ["Hubs:Directory:1:Name"] = "South",
                }
            )
            .Build();
        var entries = configuration.GetSection(HubDirectory.Section).Get<List<HubEntry>>()!;
        var hubs = new HubDirectory(entries, TimeZoneInfo.FindSystemTimeZoneById("Europe/London"));
        var saturdayEvening = new DateTimeOffset(2026, 11, 28, 19, 0, 0, TimeSpan.Zero);
        Assert.False(hubs.HoursOf("north").IsOutOfHours(saturdayEvening, TimeSpan.FromMinutes(60)));
        Assert.True(hubs.HoursOf("north").IsOutOfHours(saturdayEvening.AddDays(-2), TimeSpan.FromMinutes(60)));
        Assert.True(hubs.HoursOf("south").IsOutOfHours(saturdayEvening, TimeSpan.FromMinutes(60)));
    }
}
