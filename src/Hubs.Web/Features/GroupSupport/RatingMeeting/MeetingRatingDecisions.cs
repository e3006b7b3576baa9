using Hubs.Web.Features.TeamActivities.RatingTeamSession;

namespace Hubs.Web.Features.GroupSupport.RatingMeeting;

/// <summary>
/// A held meeting's anonymous rating (found it useful, felt safe), through the same <c>/rate/{code}</c> page and
/// codes as a team session's: opened once, answered at most once per member counted as attending.
/// </summary>
public static class MeetingRatingDecisions
{
    public static Decision Open(GroupSeries series, Guid meetingId, string code, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(series);
        return series.Meeting(meetingId) switch
        {
            null => Decision.Refuse("meeting-unknown", "This series has no such meeting."),
            { Status: not MeetingStatus.Held } => Decision.Refuse(
                "not-held",
                "Record the attendance first: ratings are opened for meetings that took place."
            ),
            { RatingCode: not null } => Decision.Refuse("already-open", "The rating for this meeting is already open."),
            _ => Decision.Accept(new GroupMeetingRatingOpened(series.Id, meetingId, code, now)),
        };
    }

    public static Decision Rate(GroupSeries series, string code, SessionValue useful, FeltSafe safe, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(series);
        var meeting = series.Meetings.FirstOrDefault(m => m.RatingCode == code);
        if (meeting is null)
        {
            return Decision.Refuse("not-open", "This rating is not open.");
        }

        return meeting.Ratings >= (meeting.AttendanceCount ?? 0)
            ? Decision.Refuse("rating-full", "Everyone who attended has already answered. Thank you.")
            : Decision.Accept(new GroupMeetingRated(series.Id, meeting.Id, useful, safe, now));
    }
}
