using System.Linq.Expressions;
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

/// <summary>
/// One kind of rated session on its own stream (<typeparamref name="TState"/>): the stream holding the code found
/// through the store, the answer decided and appended at the version read, only while the stream still holds it.
/// </summary>
public abstract class RatedSessions<TState> : IRatedSessions
    where TState : class
{
    /// <summary>Whether a stream holds the rating code, as the store's query reads it.</summary>
    protected abstract Expression<Func<TState, bool>> Holds(string code);

    /// <summary>The session of the code in the stream that holds it (null when none is).</summary>
    protected abstract RatedSession? Found(TState state, string code);

    protected abstract Decision Rate(TState state, string code, SessionValue value, FeltSafe safe, DateTimeOffset now);

    public async Task<RatedSession?> FindAsync(IQuerySession session, string code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var state = await session.Query<TState>().FirstOrDefaultAsync(Holds(code), cancellationToken);
        return state is null ? null : Found(state, code);
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
            Holds(code).Compile(),
            s => Rate(s, code, value, safe, now),
            cancellationToken
        );
    }
}

/// <summary>The team sessions' ratings, on the activity's stream.</summary>
public sealed class TeamSessionRatings : RatedSessions<TeamActivity>
{
    protected override Expression<Func<TeamActivity, bool>> Holds(string code) => a => a.RatingCode == code;

    protected override RatedSession? Found(TeamActivity state, string code) =>
        new(state.Id, state.Version, state.Ratings >= (state.AttendanceCount ?? 0));

    protected override Decision Rate(
        TeamActivity state,
        string code,
        SessionValue value,
        FeltSafe safe,
        DateTimeOffset now
    ) => TeamSessionRatingDecisions.Rate(state, value, safe, now);
}
