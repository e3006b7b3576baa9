using FluentValidation;
using Hubs.ServiceDefaults.Auth;
using Hubs.Web.Features.Hubs.ChangingSettings;
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
public sealed class KeyworkerThreadModel(IDocumentSession session, ThreadForm form, TimeProvider clock)
    : OwnJourneyPage(session, clock)
{
    [BindProperty]
    public string? Text { get; set; }

    public ThreadView View { get; private set; } = null!;

    /// <summary>When the Hub aims to reply ("2 working days"), from the Hub's own settings.</summary>
    public string ReplyWithin { get; private set; } = "";

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ReadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (KeyworkerCaller.FromPrincipal(User) is not { } caller || !await OpenAsync(cancellationToken))
        {
            return NotFound();
        }

        if (await form.PostAsync(JourneyId, MessageAuthor.Keyworker, caller.Id, Text, ModelState, cancellationToken))
        {
            return RedirectToPage(new { JourneyId });
        }

        await PrepareAsync(cancellationToken);
        return Page();
    }

    protected override async Task<bool> PrepareAsync(CancellationToken cancellationToken)
    {
        ReplyWithin = WorkingDays.Words(
            (await HubSettingsStore.LoadAsync(Session, Own.HubId, cancellationToken)).ReplyWithinWorkingDays
        );
        View = await form.ViewAsync(JourneyId, MessageAuthor.Keyworker, Text, ModelState, cancellationToken);
        return true;
    }
}
