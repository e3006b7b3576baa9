using JasperFx;
using Marten;

namespace Hubs.Web.Features.Journeys.Api;

/// <summary>
/// Every command on an event stream (a journey, a team activity) goes through here: check the caller's
/// version, fold the stream, decide, append, save. Marten checks the version again at commit, so of two
/// concurrent writers on the same version exactly one succeeds and the other gets 409 with nothing written.
/// </summary>
public static class StreamWrites
{
    public static async Task<IResult> DecideAndAppendAsync<TState>(
        Guid streamId, HttpContext http, Func<TState, bool> visible, Func<TState, Decision> decide, Func<long, object> answer)
        where TState : class
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(visible);
        ArgumentNullException.ThrowIfNull(decide);
        ArgumentNullException.ThrowIfNull(answer);
        if (!ETags.TryReadIfMatch(http.Request, out var expected))
        {
            return JourneyProblems.VersionRequired();
        }

        var session = http.RequestServices.GetRequiredService<IDocumentSession>();
        try
        {
            var stream = await session.Events.FetchForWriting<TState>(streamId, expected, http.RequestAborted);
            if (stream.Aggregate is not { } state || !visible(state))
            {
                return JourneyProblems.NotFound();
            }

            var decision = decide(state);
            if (decision.Refusal is { } refusal)
            {
                return JourneyProblems.Refused(refusal);
            }

            stream.AppendMany(decision.Events);
            await session.SaveChangesAsync(http.RequestAborted);
            var version = expected + decision.Events.Count;
            http.Response.Headers.ETag = ETags.Of(version);
            return TypedResults.Ok(answer(version));
        }
        catch (ConcurrencyException)
        {
            // A stale version must not tell someone who may not see the stream that it exists.
            var current = await session.Events.AggregateStreamAsync<TState>(streamId, token: http.RequestAborted);
            return current is null || !visible(current) ? JourneyProblems.NotFound() : JourneyProblems.Stale();
        }
    }
}
