using Hubs.Web.Features.Journeys.ChangingContactPreferences;
using Hubs.Web.Features.Journeys.Events;

namespace Hubs.Web.Features.Journeys;

/// <summary>
/// The latest contact attempt; when an attempt last reached the keyworker is kept apart (it counts as contact).
/// </summary>
public sealed record LastContactAttempt(DateTimeOffset At, ContactChannel Channel, ContactOutcome Outcome);

public sealed partial record Journey
{
    public LastContactAttempt? LastAttempt { get; init; }

    public DateTimeOffset? LastReachedAt { get; init; }

    /// <summary>Attempts may be logged late and out of order: the latest by time wins.</summary>
    public Journey Apply(ContactAttemptLogged e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var attempt =
            LastAttempt is null || e.AttemptedAt >= LastAttempt.At
                ? new LastContactAttempt(e.AttemptedAt, e.Channel, e.Outcome)
                : LastAttempt;
        var reached =
            e.Outcome == ContactOutcome.Reached && (LastReachedAt is null || e.AttemptedAt > LastReachedAt)
                ? e.AttemptedAt
                : LastReachedAt;
        return this with { LastAttempt = attempt, LastReachedAt = reached };
    }
}
