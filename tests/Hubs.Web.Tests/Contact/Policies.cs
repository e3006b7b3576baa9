using Hubs.Web.Features.Journeys.ChangingContactPreferences;
using Hubs.Web.Features.Journeys.ContactRules;
using Hubs.Web.Features.Journeys.Events;

namespace Hubs.Web.Tests.Contact;

/// <summary>
/// Preferences and requests the policy tests share. 23 November 2026 is a Monday (GMT, so local = UTC).
/// </summary>
public static class Policies
{
    public const string HubName = "North Resilience Hub";

    public static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static readonly ContactSetting Setting = new(HubName, "https://sign-in.example.org/", London);

    public static readonly ContactAddresses Both = new("kw@example.org", "07700 900123");

    public static readonly DateTimeOffset MondayTenAm = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    public static ContactPreferences Allowing(params ContactChannel[] channels) =>
        new(
            channels,
            [SafeTime.WeekdayMornings, SafeTime.WeekdayAfternoons, SafeTime.WeekdayEvenings, SafeTime.Weekends],
            VoicemailOk: true,
            MayNameHub: true
        );

    public static ContactRequest Reminder(DateTimeOffset appointmentAt) =>
        new(MessageKind.AppointmentReminder, appointmentAt, ContactMode.Video);

    public static ContactPlan Plan(
        ContactPreferences preferences,
        ContactRequest request,
        DateTimeOffset now,
        ContactAddresses? addresses = null
    ) => ContactPolicy.Plan(preferences, addresses ?? Both, request, Setting, now);
}
