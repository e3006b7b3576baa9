using Marten;
using Marten.Services.BatchQuerying;

namespace Hubs.Web.Features.Journeys.Access;

/// <summary>The answer to a successful write: the journey's new version (also sent as the ETag).</summary>
public sealed record JourneyWritten(Guid Id, long Version, Guid? AppointmentId = null);

/// <summary>
/// Every journey command, API and pages alike: the caller's relation to the journey is held against the
/// rule of the endpoint or page (<see cref="AccessModel"/>) inside the one write path, on the version
/// being written, so what the caller may not see is "not found" and a stale write reveals nothing.
/// </summary>
public static class JourneyWrites
{
    public static Task<IResult> DecideAndAppendAsync(
        Guid journeyId,
        HttpContext http,
        Func<Journey, Decision> decide,
        Guid? createdAppointmentId = null
    ) =>
        DecideAndAppendAsync(
            journeyId,
            http,
            (journey, _) => decide(journey),
            version => new JourneyWritten(journeyId, version, createdAppointmentId)
        );

    /// <summary>
    /// A write whose decision needs more than the journey (the Hub's settings), read in the journey's round trip:
    /// <paramref name="alongside"/> queues its queries on the batch and completes once they are read. Written
    /// through <paramref name="session"/> (an identity session holds what <paramref name="alongside"/> loaded, and
    /// the inline projections fold the documents found there instead of loading each again).
    /// </summary>
    public static Task<IResult> DecideAndAppendAsync(
        Guid journeyId,
        HttpContext http,
        IDocumentSession session,
        Func<IBatchedQuery, Task> alongside,
        Func<Journey, Decision> decide
    ) =>
        DecideAndAppendAsync(
            journeyId,
            http,
            alongside,
            (journey, _) => decide(journey),
            version => new JourneyWritten(journeyId, version),
            session
        );

    /// <summary>
    /// A write whose decision needs the caller's relation (a booking may name only a clinician already on the journey).
    /// </summary>
    public static Task<IResult> DecideAndAppendAsync(
        Guid journeyId,
        HttpContext http,
        Func<Journey, Relations, Decision> decide,
        Func<long, object> answer
    ) => DecideAndAppendAsync(journeyId, http, null, decide, answer);

    private static async Task<IResult> DecideAndAppendAsync(
        Guid journeyId,
        HttpContext http,
        Func<IBatchedQuery, Task>? alongside,
        Func<Journey, Relations, Decision> decide,
        Func<long, object> answer,
        IDocumentSession? session = null
    )
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(decide);
        var rule = AccessModel.For(http);
        var caller = JourneyCaller.Of(http);
        var now = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        BreakGlassGrant? grant = null;
        var refusal = GateRefusal.NotFound;
        var relation = Relations.None;
        var result = await StreamWrites.DecideAndAppendAsync<Journey>(
            journeyId,
            http,
            async batch => grant = await GrantAndAlongsideAsync(batch, journeyId, caller, now, alongside),
            journey =>
            {
                relation = JourneyGate.RelationOf(journey, caller, grant, now);
                refusal = JourneyGate.Check(rule, relation);
                return refusal == GateRefusal.None;
            },
            journey => decide(journey, relation),
            answer,
            session
        );
        return refusal == GateRefusal.NeedsBreakGlass ? JourneyProblems.NeedsBreakGlass(journeyId) : result;
    }

    /// <summary>
    /// The same write for the clinician pages: the version comes from the form, the outcome goes back to the page.
    /// </summary>
    public static Task<AppendOutcome> TryAsync(
        IDocumentSession session,
        Guid journeyId,
        long expected,
        JourneyCaller caller,
        JourneyRule rule,
        DateTimeOffset now,
        Func<Journey, Relations, Decision> decide,
        CancellationToken cancellationToken
    ) => TryAsync(session, journeyId, expected, caller, rule, now, null, decide, cancellationToken);

    /// <summary>
    /// The same, with what else the write needs read in the journey's round trip (<paramref name="alongside"/>, as
    /// for the API above): a page's session form preloads the read models the session folds.
    /// </summary>
    public static async Task<AppendOutcome> TryAsync(
        IDocumentSession session,
        Guid journeyId,
        long expected,
        JourneyCaller caller,
        JourneyRule rule,
        DateTimeOffset now,
        Func<IBatchedQuery, Task>? alongside,
        Func<Journey, Relations, Decision> decide,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(decide);
        BreakGlassGrant? grant = null;
        var relation = Relations.None;
        return await StreamAppend.TryAsync(
            session,
            journeyId,
            expected,
            async batch => grant = await GrantAndAlongsideAsync(batch, journeyId, caller, now, alongside),
            (Journey journey) =>
            {
                relation = JourneyGate.RelationOf(journey, caller, grant, now);
                return rule.Admit(relation);
            },
            journey => decide(journey, relation),
            cancellationToken
        );
    }

    /// <summary>
    /// The caller's break-glass grant and what else the write reads, both queued before either is awaited.
    /// </summary>
    private static async Task<BreakGlassGrant?> GrantAndAlongsideAsync(
        IBatchedQuery batch,
        Guid journeyId,
        JourneyCaller caller,
        DateTimeOffset now,
        Func<IBatchedQuery, Task>? alongside
    )
    {
        var granted = JourneyGate.GrantAsync(batch, journeyId, caller, now);
        var also = alongside?.Invoke(batch) ?? Task.CompletedTask;
        var grant = await granted;
        await also;
        return grant;
    }
}
