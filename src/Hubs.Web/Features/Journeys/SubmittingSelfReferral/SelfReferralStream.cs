using Hubs.Web.Features.Privacy;
using Marten;

namespace Hubs.Web.Features.Journeys.SubmittingSelfReferral;

/// <summary>
/// The one way a journey stream starts, for the API, the keyworker pages and the demo seed: decide,
/// make sure the journey's data key exists (its personal data is sealed with it), start the
/// stream. The caller saves the session, so other documents can join the same transaction.
/// </summary>
public static class SelfReferralStream
{
    public static async Task<Guid> StartAsync(
        IDocumentSession session,
        KeyworkerKeys keys,
        SubmitSelfReferral command,
        DateTimeOffset now,
        Guid? keyworkerId,
        CancellationToken cancellationToken,
        Guid? takenByPhone = null
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(keys);
        var journeyId = Guid.CreateVersion7();
        var submitted = SubmitSelfReferralDecision.Decide(command, journeyId, now, keyworkerId, takenByPhone);
        await keys.EnsureAsync(submitted.Person.OwnerId, cancellationToken);
        session.Events.StartStream<Journey>(journeyId, submitted);
        return journeyId;
    }

    /// <summary>
    /// Links the new journey to the adverse event whose hand-over code the keyworker sent, only when they chose to;
    /// the caller saves both in one transaction.
    /// </summary>
    public static Task<bool> LinkHandOverAsync(
        IDocumentSession session,
        IHandOverLinks links,
        SubmitSelfReferral command,
        Guid journeyId,
        DateTimeOffset now,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(command);
        return command is { LinkToAdverseEvent: true, HandOverCode: { } code } && HandOverCodeRule.Normal(code) is { } c
            ? links.LinkAsync(session, c, command.HubId, journeyId, now, cancellationToken)
            : Task.FromResult(false);
    }
}
