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
}
