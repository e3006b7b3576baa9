using FluentValidation;
using Hubs.ServiceDefaults.Auth;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Journeys.SubmittingSelfReferral;

namespace Hubs.Web.Features.Journeys.ChangingContactPreferences;

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

        if (await OwnJourneys.LoadAsync(session, this, JourneyId, cancellationToken) is null)
        {
            return NotFound();
        }

        // The contact card is its own fold of the journey stream; it goes through the same append as every write.
        var outcome = await StreamAppend.TryAsync<ContactCard>(
            session, JourneyId, Version, card => card.KeyworkerId == caller.Id,
            card => ChangeContactPreferencesDecision.Decide(card, command, clock.GetUtcNow()), cancellationToken);
        switch (outcome.Status)
        {
            case AppendStatus.Written:
                return RedirectToPage(new { JourneyId, saved = true });
            case AppendStatus.NotFound:
                return NotFound();
            case AppendStatus.Refused:
                var refusal = outcome.Refusal!;
                ModelState.AddModelError(refusal.Code == "phone-needed" ? nameof(Phone) : nameof(Channels), refusal.Detail);
                return Page();
            default:
                ModelState.AddModelError(
                    nameof(Channels), "Your record changed while you were on this page. Reload the page, check your answers and save again.");
                return Page();
        }
    }

    private async Task<ContactCard?> OwnCardAsync(CancellationToken cancellationToken)
    {
        var caller = KeyworkerCaller.FromPrincipal(User);
        if (caller is null || await OwnJourneys.LoadAsync(session, this, JourneyId, cancellationToken) is null)
        {
            return null;
        }

        var card = await session.Events.AggregateStreamAsync<ContactCard>(JourneyId, token: cancellationToken);
        return card?.KeyworkerId == caller.Id ? card : null;
    }
}
