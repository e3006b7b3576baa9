using FluentValidation;
using Hubs.ServiceDefaults.Auth;
using Hubs.Web.Features.Hubs.Settings;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Journeys.ContactRules;
using Hubs.Web.Features.Privacy;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hubs.Web.Features.Contact.ExchangingMessages;

/// <summary>The keyworker's side of the thread: the same reads and writes as the keyworker message API.</summary>
[Authorize(Policy = HubsPolicies.Keyworker)]
public sealed class KeyworkerThreadModel(
    IDocumentSession session,
    KeyworkerKeys keys,
    IValidator<PostMessage> validator,
    ContactSettings settings,
    TimeProvider clock
) : OwnJourneyPage(session, clock)
{
    [BindProperty]
    public string? Text { get; set; }

    public ThreadView View { get; private set; } = null!;

    /// <summary>When the Hub aims to reply ("2 working days"), from the Hub's own settings.</summary>
    public string ReplyWithin { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await OpenAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (KeyworkerCaller.FromPrincipal(User) is not { } caller || !await OpenAsync(cancellationToken))
        {
            return NotFound();
        }

        // A message is a document beside the stream, not a stream write: the door is the same, the append is not.
        var command = new PostMessage(Text);
        var refusal = ThreadForm.Check(validator.Validate(command), ModelState)
            ? (
                await MessageThreads.AddByIdAsync(
                    Session,
                    keys,
                    JourneyId,
                    MessageAuthor.Keyworker,
                    caller.Id,
                    command,
                    Clock.GetUtcNow(),
                    cancellationToken
                )
            ).Refusal
            : null;
        if (ModelState.IsValid && refusal is null)
        {
            return RedirectToPage(new { JourneyId });
        }

        ThreadForm.Refused(refusal, ModelState);
        await PrepareAsync(cancellationToken);
        return Page();
    }

    protected override async Task<bool> PrepareAsync(CancellationToken cancellationToken)
    {
        ReplyWithin = WorkingDays.Words(
            (await HubSettingsStore.LoadAsync(Session, Own.HubId, cancellationToken)).ReplyWithinWorkingDays
        );
        View = new ThreadView(
            await MessageThreads.ReadAsync(Session, JourneyId, cancellationToken),
            MessageAuthor.Keyworker,
            settings.Zone,
            ModelState.IsValid ? null : Text
        );
        return true;
    }
}
