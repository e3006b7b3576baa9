using Hubs.Web.Features.Journeys.Events;

namespace Hubs.Web.Features.TeamActivities;

/// <summary>
/// A team-based activity was planned for a team (named as an organisational unit, never a person).
/// Attendance is only ever a count: nobody attending is identified.
/// </summary>
public sealed record TeamActivityPlanned(
    Guid ActivityId,
    string HubId,
    TeamActivityKind Kind,
    string Team,
    DateTimeOffset StartsAt,
    int DurationMinutes,
    Guid FacilitatorId,
    DateTimeOffset PlannedAt
) : ITeamActivityEvent;

public sealed record TeamActivityHeld(Guid ActivityId, DateTimeOffset RecordedAt, int AttendanceCount)
    : ITeamActivityEvent;

public sealed record TeamActivityCancelled(Guid ActivityId, DateTimeOffset CancelledAt) : ITeamActivityEvent;
