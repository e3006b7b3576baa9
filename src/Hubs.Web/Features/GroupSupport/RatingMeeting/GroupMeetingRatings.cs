using System.Linq.Expressions;
using Hubs.Web.Features.TeamActivities.RatingTeamSession;

namespace Hubs.Web.Features.GroupSupport.RatingMeeting;

/// <summary>The meetings' ratings for the shared rating page, on the series' stream.</summary>
public sealed class GroupMeetingRatings : RatedSessions<GroupSeries>
{
    protected override Expression<Func<GroupSeries, bool>> Holds(string code) => s => s.RatingCodes.Contains(code);

    protected override RatedSession? Found(GroupSeries state, string code) =>
        state.Meetings.FirstOrDefault(m => m.RatingCode == code) is { } meeting
            ? new RatedSession(state.Id, state.Version, meeting.Ratings >= (meeting.AttendanceCount ?? 0))
            : null;

    protected override Decision Rate(
        GroupSeries state,
        string code,
        SessionValue value,
        FeltSafe safe,
        DateTimeOffset now
    ) => MeetingRatingDecisions.Rate(state, code, value, safe, now);
}
