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
}
