
namespace Hubs.Web.Features.Wording.Keyworker;

/// <summary>
/// The journey in the keyworker's words, not the Hub's: plain English, "you" and "we", shared by their pages and
/// their data download. Each code is mapped here once and every value is named (WordingTests).
/// </summary>
public static partial class KeyworkerWords
{
    public static string Of(JourneyStatus status) =>
        status switch
        {
            JourneyStatus.Submitted => "We have your referral. Please answer the screening questions "
                + "so we can find the right support for you.",
            JourneyStatus.Screened => "We have your referral and your answers. A clinician will look at them soon.",
            JourneyStatus.Triaged =>
                "A clinician has looked at your referral. We will contact you to book an assessment.",
            JourneyStatus.Assessed => "You have had your assessment. We are arranging your support.",
            JourneyStatus.Waiting =>
                "You are on the waiting list for support. We will contact you when a place is ready.",
            JourneyStatus.InSupport => "You are receiving support from the Hub.",
            JourneyStatus.ClosedAtTriage =>
                "Your referral is closed. We have suggested other support that should suit you better.",
            JourneyStatus.Discharged => "Your support from the Hub has ended.",
            JourneyStatus.Withdrawn => "You withdrew from the Hub. You can refer yourself again at any time.",
            _ => throw Unnamed(status),
        };

    public static string Of(AppointmentPurpose purpose) =>
        purpose switch
        {
            AppointmentPurpose.Assessment => "Assessment",
            AppointmentPurpose.Treatment => "Support session",
            _ => throw Unnamed(purpose),
        };

    public static string Of(ContactMode mode) =>
        mode switch
        {
            ContactMode.InPerson => "In person",
            ContactMode.Phone => "Phone call",
            ContactMode.Video => "Video call",
            _ => throw Unnamed(mode),
        };

    public static string Of(AppointmentState state) =>
        state switch
        {
            AppointmentState.Booked => "Booked",
            AppointmentState.Attended => "Attended",
            AppointmentState.NotAttended => "Missed",
            AppointmentState.CancelledByClient => "Cancelled by you",
            AppointmentState.CancelledByHub => "Cancelled by the Hub",
            _ => throw Unnamed(state),
        };

    public static string Of(AppointmentChangeKind kind) =>
        kind switch
        {
            AppointmentChangeKind.Reschedule => "You asked for a different time",
            AppointmentChangeKind.Cancel => "You asked to cancel",
            _ => throw Unnamed(kind),
        };

    /// <summary>A way to be contacted, lower case for a sentence ("by phone or email").</summary>
    public static string Of(ContactChannel channel) =>
        channel switch
        {
            ContactChannel.Phone => "phone",
            ContactChannel.Text => "text message",
            ContactChannel.Email => "email",
            _ => throw Unnamed(channel),
        };

    /// <summary>An event's stored name ("appointment_booked") as a sentence ("Appointment booked").</summary>
    public static string Event(string eventTypeName)
    {
        ArgumentNullException.ThrowIfNull(eventTypeName);
        var words = eventTypeName.Replace('_', ' ');
        return words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];
    }

    private static ArgumentOutOfRangeException Unnamed<T>(T value)
        where T : struct, Enum => new(nameof(value), value, $"No keyworker words for {typeof(T).Name}.{value}.");
}
