using Hubs.Web.Features.TeamActivities.RatingTeamSession;
using Marten;

namespace Hubs.Web.Features.GroupSupport.RatingMeeting;

/// <summary>The meetings' ratings for the shared rating page, on the series' stream.</summary>
public sealed class GroupMeetingRatings : IRatedSessions
{
    public async Task<RatedSession?> FindAsync(IQuerySession session, string code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var series = await session
            .Query<GroupSeries>()
            .FirstOrDefaultAsync(s => s.RatingCodes.Contains(code), cancellationToken);
        var meeting = series?.Meetings.FirstOrDefault(m => m.RatingCode == code);
        return meeting is null
            ? null
            : new RatedSession(series!.Id, series.Version, meeting.Ratings >= (meeting.AttendanceCount ?? 0));
    }

    public Task<AppendOutcome> RateAsync(
        IDocumentSession session,
        RatedSession found,
        string code,
        SessionValue value,
        FeltSafe safe,
        DateTimeOffset now,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(found);
        return StreamAppend.TryAsync(
            session,
            found.StreamId,
            found.Version,
            (GroupSeries s) => s.RatingCodes.Contains(code),
            s => MeetingRatingDecisions.Rate(s, code, value, safe, now),
            cancellationToken
        );
    }
}
