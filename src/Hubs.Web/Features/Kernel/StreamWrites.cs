using Marten;
using Marten.Services.BatchQuerying;

namespace Hubs.Web.Features.Kernel;

/// <summary>
/// Every API command on an event stream (a journey, a team activity): the caller's version from
/// If-Match, then <see cref="StreamAppend"/>, its outcome answered as 200 with the new ETag or a problem.
/// </summary>
public static class StreamWrites
{
    public static Task<IResult> DecideAndAppendAsync<TState>(
        Guid streamId,
        HttpContext http,
        Func<TState, bool> visible,
        Func<TState, Decision> decide,
        Func<long, object> answer
    )
        where TState : class => DecideAndAppendAsync(streamId, http, null, visible, decide, answer);

    /// <summary>
    /// The same, with what else the decision needs read in the stream's round trip (see StreamAppend), written
    /// through <paramref name="session"/> when given (else the request's).
    /// </summary>
    public static async Task<IResult> DecideAndAppendAsync<TState>(
        Guid streamId,
        HttpContext http,
        Func<IBatchedQuery, Task>? alongside,
        Func<TState, bool> visible,
        Func<TState, Decision> decide,
        Func<long, object> answer,
        IDocumentSession? session = null
    )
        where TState : class
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(answer);
        if (!ETags.TryReadIfMatch(http.Request, out var expected))
        {
            return JourneyProblems.VersionRequired();
        }

        session ??= http.RequestServices.GetRequiredService<IDocumentSession>();
        var outcome = await StreamAppend.TryAsync(
            session,
            streamId,
            expected,
            alongside,
            visible,
            decide,
            http.RequestAborted
        );
        switch (outcome.Status)
        {
            case AppendStatus.Written:
                http.Response.Headers.ETag = ETags.Of(outcome.Version);
                return TypedResults.Ok(answer(outcome.Version));
            case AppendStatus.Refused:
                return JourneyProblems.Refused(outcome.Refusal!);
            case AppendStatus.Stale:
                return JourneyProblems.Stale();
            default:
                return JourneyProblems.NotFound();
        }
    }
}
