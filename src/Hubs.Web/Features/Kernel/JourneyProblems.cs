namespace Hubs.Web.Features.Kernel;

/// <summary>
/// The journey API's errors, as RFC 7807 problems. Status codes are used consistently:
/// 422 — the action is not allowed in the journey's current state (a domain rule; <c>code</c> says which);
/// 409 — the If-Match version is stale: someone else changed the journey; reload and retry;
/// 428 — If-Match is missing; 404 — no such journey (or team activity) in the caller's Hub.
/// </summary>
public static class JourneyProblems
{
    public static IResult Refused(Refusal refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return TypedResults.Problem(
            title: "This action is not allowed for the journey as it stands.",
            detail: refusal.Detail,
            statusCode: StatusCodes.Status422UnprocessableEntity,
            type: $"https://hubs.invalid/problems/{refusal.Code}",
            extensions: new Dictionary<string, object?> { ["code"] = refusal.Code }
        );
    }

    public static IResult Stale() =>
        TypedResults.Problem(
            title: "The journey has changed since you loaded it.",
            detail: "Someone else recorded something on this journey first. Reload it, check, and try again.",
            statusCode: StatusCodes.Status409Conflict,
            type: "https://hubs.invalid/problems/stale-version"
        );

    public static IResult VersionRequired() =>
        TypedResults.Problem(
            title: "Send the journey version you are changing.",
            detail: "Set the If-Match header to the ETag from reading the journey, for example If-Match: \"3\".",
            statusCode: StatusCodes.Status428PreconditionRequired
        );

    public static IResult NotFound() =>
        TypedResults.Problem(title: "Not found.", statusCode: StatusCodes.Status404NotFound);

    /// <summary>A clinician of the journey's Hub, off their caseload: the same answer to a read and a write.</summary>
    public static IResult NeedsBreakGlass(Guid journeyId) =>
        TypedResults.Problem(
            title: "This journey is not on your caseload.",
            detail: "To open it, ask for break-glass access with a reason: POST "
                + $"/api/journeys/{journeyId}/break-glass. It is recorded and shown to your hub lead.",
            statusCode: StatusCodes.Status403Forbidden
        );

    public static IResult OtherHub() =>
        TypedResults.Problem(
            title: "You can list only your own Hub and your own caseload.",
            statusCode: StatusCodes.Status403Forbidden
        );
}
