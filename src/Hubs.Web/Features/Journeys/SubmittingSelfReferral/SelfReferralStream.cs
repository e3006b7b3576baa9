using Hubs.Web.Features.Journeys.Searching;
using Hubs.Web.Features.Privacy;
using Marten;

namespace Hubs.Web.Features.Journeys.SubmittingSelfReferral;

/// <summary>
/// The one way a journey stream starts, for the API, the keyworker pages and the demo seed: decide,
/// make the journey's own data key (its personal data is sealed with it), start the stream and write its
/// staff-search tokens. The caller saves the session, so the key, the stream, the tokens and other documents are
/// written in one transaction.
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
        cancellationToken.ThrowIfCancellationRequested();
        keys.CreateWith(session, submitted.Person.OwnerId);
        session.Events.StartStream<Journey>(journeyId, submitted);
        await SearchIndex.WriteAsync(session, keys, submitted, cancellationToken);
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
