using Hubs.Testing;

namespace Hubs.EndToEnd.Tests.Journeys;

/// <summary>
/// The one clock of every Web host these tests drive with <see cref="MarkedJourneys"/>: an attendance can
/// be recorded only once its appointment has started, so the journeys book a few minutes ahead and move
/// this clock past the start. Minutes, not days, so every referral stays in the week it was made.
/// </summary>
public static class EndToEndClock
{
    public static TestClock Shared { get; } = new();

    /// <summary>Moves the clock just past <paramref name="startsAt"/> (never backwards).</summary>
    public static void PassStartOf(DateTimeOffset startsAt)
    {
        var wait = startsAt - Shared.GetUtcNow() + TimeSpan.FromSeconds(30);
        if (wait > TimeSpan.Zero)
        {
            Shared.Advance(wait);
        }
    }
}
