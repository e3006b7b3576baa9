using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Privacy;
using Marten;

namespace Hubs.Web.Features.Contact.ExchangingMessages;

/// <summary>Reading and adding to a thread, the same for both sides once the caller's access is checked.</summary>
public static class MessageThreads
{
    public static async Task<MessageThread> ReadAsync(
        IQuerySession session,
        Guid journeyId,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        var messages = await session
            .Query<SecureMessage>()
            .Where(m => m.JourneyId == journeyId)
            .ToListAsync(cancellationToken);
        return new MessageThread(
            journeyId,
            messages
                .OrderBy(m => m.SentAt)
                .ThenBy(m => m.Id)
                .Select(m => new ThreadMessage(m.Id, m.From, m.SentAt, m.Body.Value))
                .ToList()
        );
    }

    /// <summary>
    /// Stores the message and, when the Hub wrote, queues one "you have a new message" notice (unless one is
    /// already waiting) in the same transaction, so a notice is never lost nor sent for a message not kept.
    /// </summary>
    public static async Task<(ThreadMessage? Added, Refusal? Refusal)> AddAsync(
        IDocumentSession session,
        KeyworkerKeys keys,
        Journey journey,
        MessageAuthor from,
        Guid authorId,
        PostMessage command,
        DateTimeOffset now,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(journey);
        var (message, refusal) = PostMessageDecision.Decide(
            journey,
            from,
            authorId,
            command,
            keys.Find(journey.SealedWith) is not null,
            Guid.CreateVersion7(),
            now
        );
        if (message is null)
        {
            return (null, refusal);
        }

        session.Store(message);
        if (from == MessageAuthor.Hub)
        {
            session.QueueSqlCommand(
                """
                INSERT INTO clinical.contact_schedule (id, dedupe_key, journey_id, kind, due_at, state, updated_at)
                SELECT ?, ?, ?, 'new-message-notice', ?, 'queued', ?
                WHERE NOT EXISTS (SELECT 1 FROM clinical.contact_schedule
                                  WHERE journey_id = ? AND kind = 'new-message-notice'
                                    AND state IN ('queued', 'held-for-safe-time'))
                """,
                Guid.CreateVersion7(),
                $"notice:{message.Id}",
                journey.Id,
                now,
                now,
                journey.Id
            );
        }

        await session.SaveChangesAsync(cancellationToken);
        return (new ThreadMessage(message.Id, from, now, message.Body.Value), null);
    }

    /// <summary>
    /// The same for a keyworker's page, which opened the journey through its read model: the decision still sees
    /// the write-side journey, loaded here.
    /// </summary>
    public static async Task<(ThreadMessage? Added, Refusal? Refusal)> AddByIdAsync(
        IDocumentSession session,
        KeyworkerKeys keys,
        Guid journeyId,
        MessageAuthor from,
        Guid authorId,
        PostMessage command,
        DateTimeOffset now,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        var journey = await session.LoadAsync<Journey>(journeyId, cancellationToken)
            ?? throw new InvalidOperationException("A message is added only to a journey the page has opened.");
        return await AddAsync(session, keys, journey, from, authorId, command, now, cancellationToken);
    }

    /// <summary>
    /// <see cref="AddAsync"/> answered as the API answers: 201 with the message, or the refusal as a problem.
    /// </summary>
    public static async Task<IResult> PostAsync(
        IDocumentSession session,
        KeyworkerKeys keys,
        Journey journey,
        MessageAuthor from,
        Guid authorId,
        PostMessage command,
        DateTimeOffset now,
        CancellationToken cancellationToken
    )
    {
        var (added, refusal) = await AddAsync(session, keys, journey, from, authorId, command, now, cancellationToken);
        return added is null
            ? JourneyProblems.Refused(refusal!)
            : TypedResults.Created($"/api/journeys/{journey.Id}/messages", added);
    }
}
