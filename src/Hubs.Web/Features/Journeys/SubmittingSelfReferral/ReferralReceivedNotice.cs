using Marten;

namespace Hubs.Web.Features.Journeys.SubmittingSelfReferral;

/// <summary>
/// Queues the referral's confirmation (reference, contact timescale, help sooner) in the same transaction as
/// the referral, so it is never lost nor sent for a referral not kept. The dispatcher words and times it by
/// the keyworker's preferences, like every other contact; the row holds ids only.
/// </summary>
public static class ReferralReceivedNotice
{
    public static void Queue(IDocumentSession session, Guid journeyId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(session);
        session.QueueSqlCommand(
            """
            INSERT INTO clinical.contact_schedule (id, dedupe_key, journey_id, kind, due_at, state, updated_at)
            VALUES (?, ?, ?, 'referral-received', ?, 'queued', ?)
            """,
            Guid.CreateVersion7(),
            $"referral-received:{journeyId}",
            journeyId,
            now,
            now
        );
    }
}
