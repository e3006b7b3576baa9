using FluentValidation;
using Hubs.ServiceDefaults.Auth;
using Hubs.Web.Features.Journeys.ChangingContactPreferences;
using Hubs.Web.Pages.Refer;
using JasperFx;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hubs.Web.Pages.Contact;

/// <summary>
/// The keyworker changes their contact preferences or opts out of reminders: the same command, rules and
/// decision as the API, with the version the page was shown at (someone else's change in between is a conflict).
/// </summary>
[Authorize(Policy = HubsPolicies.Keyworker)]
public sealed class PreferencesModel(IDocumentSession session, IValidator<ChangeContactPreferences> validator, TimeProvider clock) : PageModel
{
    [FromRoute] public Guid JourneyId { get; set; }

    [BindProperty] public long Version { get; set; }

    [BindProperty] public List<string> Channels { get; set; } = [];

    [BindProperty] public string? Phone { get; set; }

    [BindProperty] public List<string> SafeTimes { get; set; } = [];

    [BindProperty] public bool? VoicemailOk { get; set; }

    [BindProperty] public bool? MessagesNamingHubOk { get; set; }

    [BindProperty] public bool? RemindersWanted { get; set; }

    [BindProperty(SupportsGet = true)] public bool Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await OwnCardAsync(cancellationToken) is not { } card)
        {
            return NotFound();
        }

        var shown = ContactSafety.From(card.Preferences);
        (Version, Channels, SafeTimes, VoicemailOk, MessagesNamingHubOk, RemindersWanted) =
            (card.Version, shown.Channels, shown.SafeTimes, shown.VoicemailOk, shown.MessagesNamingHubOk, card.Preferences.RemindersWanted);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var caller = KeyworkerCaller.FromPrincipal(User);
        var form = new ContactSafety { Channels = Channels, SafeTimes = SafeTimes, VoicemailOk = VoicemailOk, MessagesNamingHubOk = MessagesNamingHubOk };
        var stated = form.ToPreferences();
        var command = new ChangeContactPreferences(stated?.Channels ?? [], stated?.SafeTimes ?? [], VoicemailOk, MessagesNamingHubOk, RemindersWanted, Phone);
        PreferencesForm.Check(validator, command, ModelState);
        if (caller is null || !ModelState.IsValid)
        {
            return caller is null ? NotFound() : Page();
        }

        try
        {
            var stream = await session.Events.FetchForWriting<ContactCard>(JourneyId, Version, cancellationToken);
            if (stream.Aggregate is not { } card || card.KeyworkerId != caller.Id)
            {
                return NotFound();
            }

            var decision = ChangeContactPreferencesDecision.Decide(card, command, clock.GetUtcNow());
            if (decision.Refusal is { } refusal)
            {
                ModelState.AddModelError(refusal.Code == "phone-needed" ? nameof(Phone) : nameof(Channels), refusal.Detail);
                return Page();
            }

            stream.AppendMany(decision.Events);
            await session.SaveChangesAsync(cancellationToken);
            return RedirectToPage(new { JourneyId, saved = true });
        }
        catch (ConcurrencyException)
        {
            ModelState.AddModelError(nameof(Channels), "Your record changed while you were on this page. Reload the page, check your answers and save again.");
            return Page();
        }
    }

    private async Task<ContactCard?> OwnCardAsync(CancellationToken cancellationToken)
    {
        var caller = KeyworkerCaller.FromPrincipal(User);
        var card = caller is null ? null : await session.Events.AggregateStreamAsync<ContactCard>(JourneyId, token: cancellationToken);
        return card?.KeyworkerId == caller?.Id ? card : null;
    }
}
