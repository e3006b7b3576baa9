using Hubs.Web.Features.Journeys.AnsweringScreening;
using Hubs.Web.Features.Privacy;

namespace Hubs.Web.Features.Journeys.SubmittingSelfReferral;

/// <summary>
/// Sends a complete draft: the same decision and stream start as <c>POST /api/journeys</c>, linked to the
/// keyworker's account (support preferences sealed in the referral event), with an empty screening saved in
/// the same transaction (with the link to an adverse event, if the keyworker chose it), the confirmation to the
/// keyworker queued and the draft destroyed. Returns the screening's id, the address of the questions that follow.
/// </summary>
public sealed class ReferralSubmission(
    DraftStore drafts,
    KeyworkerKeys keys,
    IHandOverLinks handOvers,
    TimeProvider clock
)
{
    public async Task<Guid> SendAsync(ReferralDraft draft, Guid? keyworkerId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var session = drafts.Session;
        var command = draft.ToCommand();
        var journeyId = await SelfReferralStream.StartAsync(
            session,
            keys,
            command,
            clock.GetUtcNow(),
            keyworkerId,
            cancellationToken
        );
        await SelfReferralStream.LinkHandOverAsync(
            session,
            handOvers,
            command,
            journeyId,
            clock.GetUtcNow(),
            cancellationToken
        );
        var screening = new ScreeningDraft { Id = Guid.NewGuid(), JourneyId = journeyId };
        session.Store(screening);
        ReferralReceivedNotice.Queue(session, journeyId, clock.GetUtcNow());
        session.Delete<ReferralDraft>(draft.Id);
        await session.SaveChangesAsync(cancellationToken);
        return screening.Id;
    }
}
