using Hubs.Web.Features.Kernel;
using Marten;

namespace Hubs.Web.Features.Workshops;

/// <summary>A write's answer: the workshop, the place or call it made (if any) and the stream's new version.</summary>
public sealed record WorkshopWritten(Guid Id, long Version, Guid? PlaceId = null, Guid? CallId = null);

/// <summary>
/// A keyworker's write on a workshop: they hold no version (many people book the same workshop), so it is decided
/// on the latest one, and when someone else wrote first it is decided again on theirs — a booking that lost the
/// race for the last place is then refused as full, never lost and never over capacity.
/// </summary>
public static class WorkshopWrites
{
    private const int Attempts = 5;

    public static async Task<AppendOutcome> AsKeyworkerAsync(
        IDocumentStore store,
        Guid workshopId,
        Func<Workshop, bool> visible,
        Func<Workshop, Decision> decide,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(store);
        for (var attempt = 1; ; attempt++)
        {
            await using var session = store.LightweightSession();
            var current =
                workshopId == Guid.Empty ? null : await session.LoadAsync<Workshop>(workshopId, cancellationToken);
            if (current is null || !visible(current))
            {
                return new(AppendStatus.NotFound);
            }

            var outcome = await StreamAppend.TryAsync(
                session,
                workshopId,
                current.Version,
                visible,
                decide,
                cancellationToken
            );
            if (outcome.Status != AppendStatus.Stale || attempt == Attempts)
            {
                return outcome;
            }
        }
    }

    /// <summary>An outcome as the API answers it: 200 with the new ETag, or an RFC 9457 problem.</summary>
    public static IResult Answer(HttpContext http, AppendOutcome outcome, Func<long, WorkshopWritten> written)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(written);
        switch (outcome.Status)
        {
            case AppendStatus.Written:
                http.Response.Headers.ETag = ETags.Of(outcome.Version);
                return TypedResults.Ok(written(outcome.Version));
            case AppendStatus.Refused:
                return WorkshopProblems.Refused(outcome.Refusal!);
            case AppendStatus.Stale:
                return JourneyProblems.Stale();
            default:
                return JourneyProblems.NotFound();
        }
    }
}

/// <summary>A workshop rule refused the request (422), with a code a client can act on.</summary>
public static class WorkshopProblems
{
    public static IResult Refused(Refusal refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return TypedResults.Problem(
            title: "The workshop cannot take this as it stands.",
            detail: refusal.Detail,
            statusCode: StatusCodes.Status422UnprocessableEntity,
            type: $"https://hubs.invalid/problems/{refusal.Code}",
            extensions: new Dictionary<string, object?> { ["code"] = refusal.Code }
        );
    }
}
