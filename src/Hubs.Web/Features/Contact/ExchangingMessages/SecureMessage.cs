using Hubs.Web.Features.Privacy;

namespace Hubs.Web.Features.Contact.ExchangingMessages;

public enum MessageAuthor
{
    Keyworker,
    Hub,
}

/// <summary>
/// One message in the thread between a keyworker and their Hub (a Marten document indexed by journey). The
/// words are sealed with the keyworker's data key like every personal value in the store, so shredding the
/// key makes them unreadable with the rest; who wrote and when stay.
/// </summary>
public sealed record SecureMessage(
    Guid Id,
    Guid JourneyId,
    string HubId,
    MessageAuthor From,
    Guid AuthorId,
    DateTimeOffset SentAt,
    Personal<string> Body
);

/// <summary>The thread as either side reads it; <c>Text</c> is null once shredded.</summary>
public sealed record MessageThread(Guid JourneyId, IReadOnlyList<ThreadMessage> Messages);

public sealed record ThreadMessage(Guid Id, MessageAuthor From, DateTimeOffset SentAt, string? Text);
