using Hubs.Testing;

namespace Hubs.EndToEnd.Tests.Journeys;

/// <summary>
/// The clocks of the Web hosts these tests drive with <see cref="MarkedJourneys"/>: an attendance can be
/// recorded only once its appointment has started, so the journeys book a few minutes ahead and move the
/// host's clock past the start. <see cref="Shared"/> is the system fixture's; a test with hosts of its own
/// (broker crash, replicas) gives them their own clock, since its hundreds of bookings would otherwise move
/// the shared one days on, and referrals made meanwhile would land in a later week.
/// </summary>
public static class EndToEndClock
{
    public static TestClock Shared { get; } = new();

    /// <summary>Moves <paramref name="clock"/> just past <paramref name="startsAt"/> (never backwards).</summary>
    public static void PassStartOf(TestClock clock, DateTimeOffset startsAt)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var wait = startsAt - clock.GetUtcNow() + TimeSpan.FromSeconds(30);
        if (wait > TimeSpan.Zero)
        {
            clock.Advance(wait);
        }
    }

    /// <summary>
    /// Moves <paramref name="clock"/> on to the next Monday morning, London time, when less than
    /// <paramref name="room"/> is left of its ISO week: a test that counts "this week's" referrals makes them all in
    /// one week, however far the tests before it moved the shared clock (a Sunday afternoon run, with the clock some
    /// hours on, made part of them on the Monday).
    /// </summary>
    public static void RoomInWeek(TestClock clock, TimeSpan room)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        var now = clock.GetUtcNow();
        var local = TimeZoneInfo.ConvertTime(now, zone).DateTime;
        var days = ((int)DayOfWeek.Monday - (int)local.DayOfWeek + 7) % 7;
        var monday = DateTime.SpecifyKind(local.Date.AddDays(days == 0 ? 7 : days), DateTimeKind.Unspecified);
        var weekEnds = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(monday, zone), TimeSpan.Zero);
        if (weekEnds - now < room)
        {
            clock.Advance(weekEnds - now + TimeSpan.FromHours(8));
        }
    }
}
