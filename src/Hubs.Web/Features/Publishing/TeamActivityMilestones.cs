using Hubs.Web.Features.TeamActivities;
using Hubs.Web.Features.TeamActivities.RatingTeamSession;
using JasperFx.Events;
using Published = Hubs.Contracts.TeamActivities;

namespace Hubs.Web.Features.Publishing;

/// <summary>
/// Team activities: type, Hub, the week and month they take place in, and a head count; each anonymous rating as two
/// codes with the activity's kind and month. Never the team's name, the rating code or when a rating was given.
/// </summary>
public sealed partial class MilestoneMapper
{
    private Published.ITeamActivityMilestone MapActivity(IEvent recorded, TeamActivity activity)
    {
        var (week, month) = calendar.Of(activity.StartsAt);
        var key = pseudonymiser.ActivityKey(recorded.StreamId);
        var kind = CategoryCodes.Code(activity.Kind);
        if (recorded.Data is TeamSessionRated rated)
        {
            return new Published.TeamSessionRated(
                key,
                activity.HubId,
                recorded.Version,
                month,
                kind,
                CategoryCodes.Code(rated.Value),
                CategoryCodes.Code(rated.Safe)
            );
        }

        var (status, attendance) = recorded.Data switch
        {
            TeamActivityHeld held => (Published.TeamActivityCodes.Held, (int?)held.AttendanceCount),
            TeamActivityCancelled => (Published.TeamActivityCodes.Cancelled, null),
            _ => (Published.TeamActivityCodes.Planned, null),
        };
        return new Published.TeamActivityRecorded(
            key,
            activity.HubId,
            recorded.Version,
            week,
            month,
            kind,
            status,
            attendance
        );
    }
}

/// <summary>Which team activity events have a contract (opening a rating has none: its code never leaves).</summary>
internal static class TeamMilestones
{
    public static readonly EventTypes Types = new(
        typeof(TeamActivityPlanned),
        typeof(TeamActivityHeld),
        typeof(TeamActivityCancelled),
        typeof(TeamSessionRated)
    );
}
