using FluentValidation;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Journeys.ChangingContactPreferences;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.Journeys.LoggingContactAttempt;

/// <summary>
/// Log an attempt to reach the keyworker. The form offers only the channels they allowed (and "message left" on the
/// phone only if voicemail is fine); the decision refuses anything else, whatever is posted.
/// </summary>
public sealed class ContactAttemptModel(
    IDocumentSession session,
    ClinicClock clock,
    IValidator<LogContactAttempt> validator
) : JourneyPage(session, clock)
{
    [BindProperty]
    public string? Channel { get; set; }

    [BindProperty]
    public string? Outcome { get; set; }

    [BindProperty]
    public string? WhenDay { get; set; }

    [BindProperty]
    public string? WhenMonth { get; set; }

    [BindProperty]
    public string? WhenYear { get; set; }

    [BindProperty]
    public string? Time { get; set; }

    public ContactPreferences Preferences { get; private set; } = ContactPreferences.Cautious;

    protected override string What => "contact-attempt-form";

    public IReadOnlyList<Choice> Channels =>
        Preferences.Channels.Select(c => new Choice(c.ToString(), ContactAttemptWords.Of(c))).ToList();

    public IReadOnlyList<Choice> Outcomes =>
        Enum.GetValues<ContactOutcome>()
            .Select(o => new Choice(
                o.ToString(),
                ContactAttemptWords.Of(o),
                o == ContactOutcome.MessageLeft
                    ? (Preferences.VoicemailOk ? null : "Not by phone: they asked for no voicemail")
                    : null
            ))
            .ToList();

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var (date, time) = Times.ToFields(Times.Now);
        (WhenYear, WhenMonth, WhenDay, Time) = (date[..4], date[5..7].TrimStart('0'), date[8..].TrimStart('0'), time);
        return ShowAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (date, dateError) = DateParts.Read(WhenDay, WhenMonth, WhenYear, "the date of the attempt");
        var at = date is { } day
            ? Times.FromLocal(day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Time)
            : null;
        var command = new LogContactAttempt(
            Words.Parse<ContactChannel>(Channel),
            Words.Parse<ContactOutcome>(Outcome),
            at
        );
        Validate(validator, command);
        ModelState.Remove(nameof(LogContactAttempt.AttemptedAt));
        if (dateError is not null)
        {
            ModelState.AddModelError("When", dateError);
        }
        else if (at is null)
        {
            ModelState.AddModelError(nameof(Time), "Enter the time of the attempt, like 18:30");
        }

        var preferences = await PreferencesAsync(cancellationToken);
        return await WriteAsync(
            journey => LogContactAttemptDecision.Decide(journey, preferences, command, Me.Id, Times.Now),
            "Contact attempt logged.",
            cancellationToken
        );
    }

    protected override async Task PrepareAsync(CancellationToken cancellationToken)
    {
        ViewData["ErrorLinks"] = new Dictionary<string, string> { ["When"] = "#When-day" };
        Preferences = await PreferencesAsync(cancellationToken);
    }

    private async Task<ContactPreferences> PreferencesAsync(CancellationToken cancellationToken) =>
        (await Session.Events.AggregateStreamAsync<ContactCard>(Id, token: cancellationToken))?.Preferences
        ?? ContactPreferences.Cautious;
}
