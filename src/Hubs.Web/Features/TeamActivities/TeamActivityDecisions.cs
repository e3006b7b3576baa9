using Hubs.Web.Features.Journeys;

namespace Hubs.Web.Features.TeamActivities;

/// <summary>A planned activity is either held (with its head count) or cancelled, once.</summary>
public static class TeamActivityDecisions
{
    public static TeamActivityPlanned Plan(PlanTeamActivity command, Guid activityId, string hubId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(command);
        return new TeamActivityPlanned(
            activityId,
            hubId,
            command.Kind!.Value,
            command.Team.Trim(),
            command.StartsAt!.Value,
            command.DurationMinutes,
            command.FacilitatorId,
            now
        );
    }

    public static Decision RecordHeld(TeamActivity activity, RecordTeamActivityHeld command, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(command);
        return activity.Status == TeamActivityStatus.Planned
            ? Decision.Accept(new TeamActivityHeld(activity.Id, now, command.AttendanceCount))
            : Decision.Refuse(
                "activity-closed",
                $"This activity is already {activity.Status.ToString().ToLowerInvariant()}."
            );
    }

    public static Decision Cancel(TeamActivity activity, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Status == TeamActivityStatus.Planned
            ? Decision.Accept(new TeamActivityCancelled(activity.Id, now))
            : Decision.Refuse(
                "activity-closed",
                $"This activity is already {activity.Status.ToString().ToLowerInvariant()}."
            );
    }
}
