namespace Hubs.Web.Features.Journeys.Api;

/// <summary>The answer to a successful write: the journey's new version (also sent as the ETag).</summary>
public sealed record JourneyWritten(Guid Id, long Version, Guid? AppointmentId = null);

/// <summary>Journey commands: a journey outside the caller's Hub does not exist for them (404).</summary>
public static class JourneyWrites
{
    public static Task<IResult> DecideAndAppendAsync(
        Guid journeyId,
        HttpContext http,
        string? callerHubId,
        Func<Journey, Decision> decide,
        Guid? createdAppointmentId = null) =>
        StreamWrites.DecideAndAppendAsync<Journey>(
            journeyId,
            http,
            journey => callerHubId is null || journey.HubId == callerHubId,
            decide,
            version => new JourneyWritten(journeyId, version, createdAppointmentId));

    /// <summary>The same write for the clinician pages: the version comes from the form, the outcome goes back to the page.</summary>
    public static Task<AppendOutcome> TryAsync(
        Marten.IDocumentSession session, Guid journeyId, long expected, string hubId, Func<Journey, Decision> decide, CancellationToken cancellationToken) =>
        StreamAppend.TryAsync(session, journeyId, expected, journey => journey.HubId == hubId, decide, cancellationToken);

    /// <summary>A write by whoever <paramref name="mayWrite"/> admits (a keyworker on their own journey, say).</summary>
    public static Task<IResult> DecideAndAppendAsync(
        Guid journeyId,
        HttpContext http,
        Func<Journey, bool> mayWrite,
        Func<Journey, Decision> decide) =>
        StreamWrites.DecideAndAppendAsync<Journey>(journeyId, http, mayWrite, decide, version => new JourneyWritten(journeyId, version));
}
