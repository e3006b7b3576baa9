namespace Hubs.Testing;

/// <summary>
/// A clock frozen half-way through the current minute, for tests of the one-minute rate-limit windows: a burst
/// of requests then never straddles two windows, however slow the machine.
/// </summary>
public static class MidMinuteClock
{
    public static ManualClock Create()
    {
        var now = DateTimeOffset.UtcNow;
        return new ManualClock(
            new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 30, TimeSpan.Zero)
        );
    }
}
