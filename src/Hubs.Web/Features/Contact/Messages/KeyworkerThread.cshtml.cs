using FluentValidation;
using Hubs.ServiceDefaults.Auth;
using Hubs.Web.Features.Hubs.Settings;
using Hubs.Web.Features.Journeys.ContactRules;
using Hubs.Web.Features.Privacy;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Hubs.Web.Features.Journeys.Access;

namespace Hubs.Web.Features.Contact.Messages;

/// <summary>The keyworker's side of the thread: the same reads and writes as the keyworker message API.</summary>
[Authorize(Policy = HubsPolicies.Keyworker)]
public sealed class KeyworkerThreadModel(
    IDocumentSession session, KeyworkerKeys keys, IValidator<PostMessage> validator, ContactSettings settings, TimeProvider clock) : PageModel
{
    [FromRoute]
    public Guid JourneyId { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    public ThreadView View { get; private set; } = null!;

    /// <summary>When the Hub aims to reply ("2 working days"), from the Hub's own settings.</summary>
    public string ReplyWithin { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var caller = KeyworkerCaller.FromPrincipal(User);
        var journey = caller is null ? null : await OwnJourneys.LoadAsync(session, this, JourneyId, cancellationToken);
        if (journey is null)
        {
            return NotFound();
        }

        var command = new PostMessage(Text);
        var refusal = ThreadForm.Check(validator.Validate(command), ModelState)
            ? (await MessageThreads.AddAsync(session, keys, journey, MessageAuthor.Keyworker, caller!.Id, command, clock.GetUtcNow(), cancellationToken)).Refusal
            : null;
        if (ModelState.IsValid && refusal is null)
        {
            return RedirectToPage(new { JourneyId });
        }

        ThreadForm.Refused(refusal, ModelState);
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var caller = KeyworkerCaller.FromPrincipal(User);
        var journey = caller is null ? null : await OwnJourneys.LoadAsync(session, this, JourneyId, cancellationToken);
        if (journey is null)
        {
            return false;
        }

        ReplyWithin = WorkingDays.Words((await HubSettingsStore.LoadAsync(session, journey.HubId, cancellationToken)).ReplyWithinWorkingDays);

        View = new ThreadView(await MessageThreads.ReadAsync(session, JourneyId, cancellationToken), MessageAuthor.Keyworker, settings.Zone, ModelState.IsValid ? null : Text);
        return true;
    }
}
