using Marten;

namespace Hubs.Web.Features.TeamActivities.RatingTeamSession;

/// <summary>
/// A session found by its rating code: its stream, the version read, and whether every place is taken.
/// </summary>
public sealed record RatedSession(Guid StreamId, long Version, bool Full);

/// <summary>
/// A kind of session rated anonymously through <c>/rate/{code}</c> (a team session here; a reflective group's meeting
/// in <c>GroupSupport</c>): each finds its own codes and records an answer on its own stream, through the one write
/// path at the version read, so two answers at once both count only if there is room for both.
/// </summary>
public interface IRatedSessions
{
    Task<RatedSession?> FindAsync(IQuerySession session, string code, CancellationToken cancellationToken);

    Task<AppendOutcome> RateAsync(
        IDocumentSession session,
        RatedSession found,
        string code,
        SessionValue value,
        FeltSafe safe,
        DateTimeOffset now,
        CancellationToken cancellationToken
    );
}

/// <summary>The team sessions' ratings, on the activity's stream.</summary>
public sealed class TeamSessionRatings : IRatedSessions
{
    public async Task<RatedSession?> FindAsync(IQuerySession session, string code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var activity = await session
            .Query<TeamActivity>()
            .FirstOrDefaultAsync(a => a.RatingCode == code, cancellationToken);
        return activity is null
            ? null
            : new RatedSession(activity.Id, activity.Version, activity.Ratings >= (activity.AttendanceCount ?? 0));
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
            (TeamActivity a) => a.RatingCode == code,
            a => TeamSessionRatingDecisions.Rate(a, value, safe, now),
            cancellationToken
        );
    }
}
