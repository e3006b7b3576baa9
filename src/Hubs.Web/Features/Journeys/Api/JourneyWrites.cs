using JasperFx;
using Marten;

namespace Hubs.Web.Features.Journeys.Api;

/// <summary>The answer to a successful write: the journey's new version (also sent as the ETag).</summary>
public sealed record JourneyWritten(Guid Id, long Version, Guid? AppointmentId = null);

/// <summary>
/// Every journey command goes through here: check the caller's version, fold the stream, decide,
/// append, save. Marten checks the version again at commit, so of two concurrent writers on the same
/// version exactly one succeeds and the other gets 409 with nothing written.
/// </summary>
public static class JourneyWrites
{
    public static async Task<IResult> DecideAndAppendAsync(
        Guid journeyId,
        HttpContext http,
        string? callerHubId,
        Func<Journey, Decision> decide,
        Guid? createdAppointmentId = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(decide);
        if (!ETags.TryReadIfMatch(http.Request, out var expected))
        {
            return JourneyProblems.VersionRequired();
        }

        var session = http.RequestServices.GetRequiredService<IDocumentSession>();
        try
        {
            var stream = await session.Events.FetchForWriting<Journey>(journeyId, expected, http.RequestAborted);
            if (stream.Aggregate is not { } journey || (callerHubId is not null && journey.HubId != callerHubId))
            {
                return JourneyProblems.NotFound();
            }

            var decision = decide(journey);
            if (decision.Refusal is { } refusal)
            {
                return JourneyProblems.Refused(refusal);
            }

            stream.AppendMany(decision.Events);
            await session.SaveChangesAsync(http.RequestAborted);
            var version = expected + decision.Events.Count;
            http.Response.Headers.ETag = ETags.Of(version);
            return TypedResults.Ok(new JourneyWritten(journeyId, version, createdAppointmentId));
        }
        catch (ConcurrencyException)
        {
            var state = await session.Events.FetchStreamStateAsync(journeyId, http.RequestAborted);
            return state is null ? JourneyProblems.NotFound() : JourneyProblems.Stale();
        }
    }
}
