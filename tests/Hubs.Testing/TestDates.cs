namespace Hubs.Testing;

/// <summary>
/// Dates for test bookings that must fall on a weekday: the test keyworkers are safe to contact on weekday evenings,
/// so a booking "next week" must not land on a Saturday or Sunday whatever day the tests run.
/// </summary>
public static class TestDates
{
    /// <summary>The day itself from Monday to Friday; a Saturday or Sunday moved back to the Friday before.</summary>
    public static DateTimeOffset Weekday(DateTimeOffset day) =>
        day.DayOfWeek switch
        {
            DayOfWeek.Saturday => day.AddDays(-1),
            DayOfWeek.Sunday => day.AddDays(-2),
            _ => day,
        };
}
