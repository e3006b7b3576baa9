using FluentValidation;
using Hubs.ServiceDefaults.Auth;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Journeys.ChangingContactPreferences;
using Hubs.Web.Features.Journeys.SubmittingSelfReferral;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hubs.Web.Features.Journeys.ChangingContactPreferences;

/// <summary>
/// The keyworker changes their contact preferences or opts out of reminders: the same command, rules and
/// decision as the API, with the version the page was shown at (someone else's change in between is a conflict).
/// </summary>
[Authorize(Policy = HubsPolicies.Keyworker)]
public sealed class PreferencesModel(
    IDocumentSession session,
    IValidator<ChangeContactPreferences> validator,
    TimeProvider clock
) : OwnJourneyPage(session, clock)
{
    [BindProperty]
    public List<string> Channels { get; set; } = [];

    [BindProperty]
    public string? Phone { get; set; }

    [BindProperty]
    public List<string> SafeTimes { get; set; } = [];

    [BindProperty]
    public bool? VoicemailOk { get; set; }

    [BindProperty]
    public bool? MessagesNamingHubOk { get; set; }

    [BindProperty]
    public bool? RemindersWanted { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Saved { get; set; }

    protected override string FormField => nameof(Channels);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var shown = await ShowAsync(cancellationToken);
        if (shown is not PageResult)
        {
            return shown;
        }

        // The contact card is its own fold of the journey stream: the keyworker's answers as they stand.
        var card = await Session.Events.AggregateStreamAsync<ContactCard>(JourneyId, token: cancellationToken);
        var preferences = card?.Preferences ?? ContactPreferences.Cautious;
        var stated = ContactSafety.From(preferences);
        (Channels, SafeTimes, VoicemailOk, MessagesNamingHubOk, RemindersWanted) = (
            stated.Channels,
            stated.SafeTimes,
            stated.VoicemailOk,
            stated.MessagesNamingHubOk,
            preferences.RemindersWanted
        );
        return shown;
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var form = new ContactSafety
        {
            Channels = Channels,
            SafeTimes = SafeTimes,
            VoicemailOk = VoicemailOk,
            MessagesNamingHubOk = MessagesNamingHubOk,
        };
        var stated = form.ToPreferences();
        var command = new ChangeContactPreferences(
            stated?.Channels ?? [],
            stated?.SafeTimes ?? [],
            VoicemailOk,
            MessagesNamingHubOk,
            RemindersWanted,
            Phone
        );
        PreferencesForm.Check(validator, command, ModelState);
        var now = Clock.GetUtcNow();
        return WriteContactAsync(
            card => ChangeContactPreferencesDecision.Decide(card, command, now),
            () => RedirectToPage(new { JourneyId, saved = true }),
            cancellationToken
        );
    }

    protected override string FieldFor(Refusal refusal) => refusal.Code == "phone-needed" ? nameof(Phone) : FormField;
}
