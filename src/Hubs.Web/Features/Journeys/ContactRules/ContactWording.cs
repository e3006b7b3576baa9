using System.Globalization;
using Hubs.Web.Features.Journeys.Events;

namespace Hubs.Web.Features.Journeys.ContactRules;

/// <summary>
/// Every word we send. Never clinical content (no purpose, clinician, score or condition); discreet wording
/// never names the Hub or what it is for, so a shared phone or inbox tells nobody anything.
/// </summary>
public static class ContactWording
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static (string? Subject, string Text) Reminder(
        bool discreet,
        string hubName,
        DateTimeOffset at,
        ContactMode? mode,
        string signInUrl
    )
    {
        var (when, how) = When(at, mode);
        return discreet
            ? ("Reminder", $"A reminder of your appointment on {when}{how}. To see or change it, sign in: {signInUrl}")
            : (
                $"Appointment reminder from {hubName}",
                $"{hubName}: a reminder of your appointment on {when}{how}. To see or change it, sign in: {signInUrl}"
            );
    }

    /// <summary>The Hub cancelled an appointment because the support ended; nothing to do, no sign-in needed.</summary>
    public static (string? Subject, string Text) Cancelled(
        bool discreet,
        string hubName,
        DateTimeOffset at,
        ContactMode? mode
    )
    {
        var (when, how) = When(at, mode);
        return discreet
            ? (
                "Appointment cancelled",
                $"Your appointment on {when}{how} has been cancelled. You do not need to do anything."
            )
            : (
                $"Appointment cancelled by {hubName}",
                $"{hubName}: your appointment on {when}{how} has been cancelled "
                    + "because your support has ended. You do not need to do anything."
            );
    }

    private static (string When, string How) When(DateTimeOffset at, ContactMode? mode) =>
        (
            $"{at.ToString("dddd d MMMM", English)} at {at.ToString("h:mmtt", English).ToLowerInvariant()}",
            mode switch
            {
                ContactMode.Phone => " (by phone)",
                ContactMode.Video => " (by video call)",
                ContactMode.InPerson => " (in person)",
                _ => "",
            }
        );

    public static (string? Subject, string Text) NewMessage(bool discreet, string hubName, string signInUrl) =>
        discreet
            ? ("You have a new message", $"You have a new message. Sign in to read it: {signInUrl}")
            : (
                $"You have a new message from {hubName}",
                $"You have a new message from {hubName}. Sign in to read it: {signInUrl}"
            );

    /// <summary>
    /// The referral arrived: its reference, when the Hub aims to be in touch and where to get help sooner. The
    /// discreet words name no Hub and no helpline that would say what the Hub is for.
    /// </summary>
    public static (string? Subject, string Text) ReferralReceived(
        bool discreet,
        string hubName,
        string reference,
        string within,
        string signInUrl
    ) =>
        discreet
            ? (
                "We have your request",
                $"We have your request. Your reference is {reference}. We aim to contact you within {within}, "
                    + "in the ways and at the times you chose. If you need help "
                    + $"sooner, call 111, or 999 in an emergency. Sign in: {signInUrl}"
            )
            : (
                $"{hubName} has your referral",
                $"{hubName} has your referral. Your reference is {reference}. We aim to contact you within {within}, "
                    + "in the ways and at the times you chose. If you need help sooner: "
                    + "call 999 in an emergency, call NHS 111 and choose option 2, "
                    + $"or call Samaritans free on 116 123 at any time. To see your referral, sign in: {signInUrl}"
            );

    /// <summary>Guidance for the person making a call, in the keyworker's terms.</summary>
    public static string CallGuidance(bool discreet, bool voicemail, string hubName) =>
        (
            discreet
                ? "Give only your first name; do not say where you are calling from or why. "
                : $"You may say you are calling from {hubName}. "
        )
        + (
            voicemail
                ? "If there is no answer you may leave a short voicemail asking them to call back."
                : "If there is no answer, do not leave a voicemail."
        );
}
