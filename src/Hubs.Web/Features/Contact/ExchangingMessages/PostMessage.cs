using FluentValidation;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Privacy;

namespace Hubs.Web.Features.Contact.ExchangingMessages;

/// <summary>A new message in the thread, from whichever side posts it.</summary>
public sealed record PostMessage(string? Text);

public sealed class PostMessageValidator : AbstractValidator<PostMessage>
{
    public const int MaxLength = 4000;

    public PostMessageValidator() =>
        RuleFor(x => x.Text)
            .NotEmpty()
            .WithMessage("Write your message.")
            .MaximumLength(MaxLength)
            .WithMessage($"Your message must be {MaxLength} characters or fewer.");
}

/// <summary>Pure: a message may be added while the journey is open and the keyworker's data key exists.</summary>
public static class PostMessageDecision
{
    public static (SecureMessage? Message, Refusal? Refusal) Decide(
        Journey journey,
        MessageAuthor from,
        Guid authorId,
        PostMessage command,
        bool keyExists,
        Guid messageId,
        DateTimeOffset now
    )
    {
        ArgumentNullException.ThrowIfNull(journey);
        ArgumentNullException.ThrowIfNull(command);
        if (journey.HasEnded)
        {
            return (null, new Refusal("journey-ended", "This journey has ended; its message thread is closed."));
        }

        if (!keyExists)
        {
            return (
                null,
                new Refusal(
                    "personal-data-shredded",
                    "The keyworker's personal data has been destroyed; no message can be kept."
                )
            );
        }

        var body = Personal.Of(journey.SealedWith, (command.Text ?? "").Trim());
        return (new SecureMessage(messageId, journey.Id, journey.HubId, from, authorId, now, body), null);
    }
}
