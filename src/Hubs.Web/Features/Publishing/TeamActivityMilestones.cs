using Hubs.Contracts.TeamActivities;
using Hubs.Web.Features.TeamActivities;
using JasperFx.Events;

namespace Hubs.Web.Features.Publishing;

/// <summary>
/// Team activities: type, Hub, the week and month they take place in, and a head count. Never the team's name.
/// </summary>
public sealed partial class MilestoneMapper
{
    private TeamActivityRecorded MapActivity(IEvent recorded, TeamActivity activity)
    {
        var (week, month) = calendar.Of(activity.StartsAt);
        var (status, attendance) = recorded.Data switch
        {
            TeamActivityHeld held => (TeamActivityCodes.Held, (int?)held.AttendanceCount),
            TeamActivityCancelled => (TeamActivityCodes.Cancelled, null),
            _ => (TeamActivityCodes.Planned, null),
        };
        return new TeamActivityRecorded(
            pseudonymiser.ActivityKey(recorded.StreamId),
            activity.HubId,
            recorded.Version,
            week,
            month,
            CategoryCodes.Code(activity.Kind),
            status,
            attendance
        );
    }
}
