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

    public Journey Apply(ContactAttemptLogged e) =>
        this with
        {
            LastAttempt = LastAttempt.Latest(e),
            LastReachedAt = LastReachedAt.Reached(e),
        };
}
