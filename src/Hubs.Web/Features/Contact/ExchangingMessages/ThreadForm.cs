using FluentValidation;
using Hubs.Web.Features.Journeys.ContactRules;
using Hubs.Web.Features.Privacy;
using Marten;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Hubs.Web.Features.Contact.ExchangingMessages;

/// <summary>
/// The message form behind both doors (the keyworker's own thread, the Hub's audited one): the same checks as the
/// API, the append, and what the thread partial shows. Each page opens its own door first.
/// </summary>
public sealed class ThreadForm(
    IDocumentSession session,
    KeyworkerKeys keys,
    IValidator<PostMessage> validator,
    ContactSettings settings,
    TimeProvider clock
)
{
    /// <returns>Whether the message was added; otherwise the errors are in <paramref name="modelState"/>.</returns>
    public async Task<bool> PostAsync(
        Guid journeyId,
        MessageAuthor from,
        Guid authorId,
        string? text,
        ModelStateDictionary modelState,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(modelState);
        var command = new PostMessage(text);
        var checks = await validator.ValidateAsync(command, cancellationToken);
        foreach (var error in checks.Errors)
        {
            modelState.AddModelError(error.PropertyName, error.ErrorMessage);
        }

        if (!checks.IsValid)
        {
            return false;
        }

        // A message is a document beside the stream, not a stream write: the door is the same, the append is not.
        var (_, refusal) = await MessageThreads.AddByIdAsync(
            session,
            keys,
            journeyId,
            from,
            authorId,
            command,
            clock.GetUtcNow(),
            cancellationToken
        );
        if (refusal is not null)
        {
            modelState.AddModelError("Text", refusal.Detail);
        }

        return refusal is null;
    }

    /// <summary>The thread as <paramref name="reader"/> sees it, with the unsent text if the form had errors.</summary>
    public async Task<ThreadView> ViewAsync(
        Guid journeyId,
        MessageAuthor reader,
        string? text,
        ModelStateDictionary modelState,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(modelState);
        return new ThreadView(
            await MessageThreads.ReadAsync(session, journeyId, cancellationToken),
            reader,
            settings.Zone,
            modelState.IsValid ? null : text
        );
    }
}
