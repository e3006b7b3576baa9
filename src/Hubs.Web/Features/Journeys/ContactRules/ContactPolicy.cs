using Hubs.Web.Features.Journeys.ChangingContactPreferences;

namespace Hubs.Web.Features.Journeys.ContactRules;

/// <summary>
/// Pure: the keyworker's preferences + what prompts the contact + now → which channels, when and in which
/// words. Only channels they allowed; only inside their safe times (else held to the next safe time); discreet
/// wording unless they allowed the Hub's name; a voicemail only where they allowed it.
/// </summary>
public static class ContactPolicy
{
    public static ContactPlan Plan(
        ContactPreferences preferences,
        ContactAddresses addresses,
        ContactRequest request,
        ContactSetting setting,
        DateTimeOffset now
    )
    {
        ArgumentNullException.ThrowIfNull(preferences);
        ArgumentNullException.ThrowIfNull(addresses);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(setting);
        // Opting out of reminders opts out of every automatic message about appointments.
        var aboutAppointment = request.Kind is MessageKind.AppointmentReminder or MessageKind.CancellationNotice;
        if (aboutAppointment && !preferences.RemindersWanted)
        {
            return ContactPlan.None(now, "The keyworker opted out of reminders.");
        }

        var channels = Channels(request.Kind)
            .Where(preferences.Allows)
            .Select(c => (Channel: c, Address: c == ContactChannel.Email ? addresses.Email : addresses.Phone))
            .Where(c => !string.IsNullOrWhiteSpace(c.Address))
            .ToList();
        if (channels.Count == 0)
        {
            return ContactPlan.None(now, "The keyworker allowed no channel we can use for this.");
        }

        if (SafeWindows.NextSafe(preferences.SafeTimes, now, setting.Zone) is not { } sendAt)
        {
            return ContactPlan.None(now, "The keyworker stated no safe time.");
        }

        if (aboutAppointment && sendAt >= request.AppointmentAt)
        {
            return ContactPlan.None(now, "No safe time is left before the appointment.");
        }

        var discreet = !preferences.MayNameHub;
        var voicemail = request.Kind == MessageKind.PhoneCall && preferences.VoicemailOk;
        var (subject, text) = Words(request, discreet, voicemail, setting);
        var contacts = channels
            .Select(c => new OutgoingContact(
                c.Channel,
                c.Address!,
                c.Channel == ContactChannel.Email ? subject : null,
                text,
                discreet
            ))
            .ToList();
        return new ContactPlan(contacts, sendAt, null, voicemail);
    }

    private static ContactChannel[] Channels(MessageKind kind) =>
        kind == MessageKind.PhoneCall ? [ContactChannel.Phone] : [ContactChannel.Email, ContactChannel.Text];

    private static (string? Subject, string Text) Words(
        ContactRequest request,
        bool discreet,
        bool voicemail,
        ContactSetting setting
    ) =>
        request.Kind switch
        {
            MessageKind.AppointmentReminder => ContactWording.Reminder(
                discreet,
                setting.HubName,
                TimeZoneInfo.ConvertTime(request.AppointmentAt ?? default, setting.Zone),
                request.Mode,
                setting.SignInUrl
            ),
            MessageKind.NewMessageNotice => ContactWording.NewMessage(discreet, setting.HubName, setting.SignInUrl),
            MessageKind.ReferralReceived => ContactWording.ReferralReceived(
                discreet,
                setting.HubName,
                request.Reference ?? "",
                request.ContactWithin ?? "",
                setting.SignInUrl
            ),
            MessageKind.CancellationNotice => ContactWording.Cancelled(
                discreet,
                setting.HubName,
                TimeZoneInfo.ConvertTime(request.AppointmentAt ?? default, setting.Zone),
                request.Mode
            ),
            _ => (null, ContactWording.CallGuidance(discreet, voicemail, setting.HubName)),
        };
}
