using Hubs.Web.Features.Journeys.Events;

namespace Hubs.Web.Features.Journeys;

/// <summary>
/// What the journey keeps of the waiting-well check-ins: when the last was answered (for the weekly limit).
/// </summary>
public sealed partial record Journey
{
    public DateTimeOffset? LastCheckInAt { get; init; }

    public Journey Apply(WaitingWellCheckedIn e) => this with { LastCheckInAt = e.AnsweredAt };
}
