using Hubs.Web.Features.Journeys.ChangingContactPreferences;
using Hubs.Web.Features.Journeys.Events;

namespace Hubs.Web.Features.Journeys.ContactRules;

/// <summary>What prompts a contact. Reminders and notices are automatic; a call is made by a person.</summary>
public enum MessageKind
{
    AppointmentReminder,
    NewMessageNotice,
    PhoneCall,
    CancellationNotice,
    ReferralReceived,
}

/// <summary>
/// One contact to plan; the appointment fields only for reminders and cancellation notices, the journey's short
/// reference and the Hub's contact timescale (working days) only for the referral's confirmation.
/// </summary>
public sealed record ContactRequest(
    MessageKind Kind,
    DateTimeOffset? AppointmentAt = null,
    ContactMode? Mode = null,
    string? Reference = null,
    string? ContactWithin = null
);

/// <summary>Where the keyworker can be reached (from their sealed details; null once shredded).</summary>
public sealed record ContactAddresses(string? Email, string? Phone);

/// <summary>
/// Who speaks and how: the Hub's name (used only where allowed), the sign-in link, the Hub's time zone.
/// </summary>
public sealed record ContactSetting(string HubName, string SignInUrl, TimeZoneInfo Zone);

/// <summary>One message on one channel: its address and words (no subject for texts and calls).</summary>
public sealed record OutgoingContact(
    ContactChannel Channel,
    string Address,
    string? Subject,
    string Text,
    bool Discreet
);

/// <summary>
/// The policy's answer: the contacts to make and when (<see cref="SendAt"/> later than now means held until the
/// next safe time), or why nothing may be sent. <see cref="VoicemailAllowed"/> matters only for calls.
/// </summary>
public sealed record ContactPlan(
    IReadOnlyList<OutgoingContact> Contacts,
    DateTimeOffset SendAt,
    string? NotSent,
    bool VoicemailAllowed
)
{
    public bool IsHeld(DateTimeOffset now) => NotSent is null && SendAt > now;

    public static ContactPlan None(DateTimeOffset now, string reason) => new([], now, reason, false);
}
