using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Journeys.RequestingAppointmentChange;

namespace Hubs.Web.Features.Journeys;

/// <summary>The journey in the keyworker's words, not the Hub's: shared by their pages and their data download.</summary>
public static class OwnWords
{
    public static string Status(Journey journey)
    {
        ArgumentNullException.ThrowIfNull(journey);
        return journey.Status switch
        {
            JourneyStatus.Submitted => "We have your referral. Please answer the screening questions so we can find the right support for you.",
            JourneyStatus.Screened => "We have your referral and your answers. A clinician will look at them soon.",
            JourneyStatus.Triaged => "A clinician has looked at your referral. We will contact you to book an assessment.",
            JourneyStatus.Assessed => "You have had your assessment. We are arranging your support.",
            JourneyStatus.Waiting => "You are on the waiting list for support. We will contact you when a place is ready.",
            JourneyStatus.InSupport => "You are receiving support from the Hub.",
            JourneyStatus.ClosedAtTriage => "Your referral is closed. We have suggested other support that should suit you better.",
            JourneyStatus.Discharged => "Your support from the Hub has ended.",
            _ => "You withdrew from the Hub. You can refer yourself again at any time.",
        };
    }

    public static string Purpose(AppointmentPurpose purpose) => purpose == AppointmentPurpose.Assessment ? "Assessment" : "Support session";

    public static string Mode(ContactMode mode) => mode switch
    {
        ContactMode.InPerson => "In person",
        ContactMode.Phone => "Phone call",
        _ => "Video call",
    };

    public static string State(AppointmentState state) => state switch
    {
        AppointmentState.Booked => "Booked",
        AppointmentState.Attended => "Attended",
        AppointmentState.NotAttended => "Missed",
        AppointmentState.CancelledByClient => "Cancelled by you",
        _ => "Cancelled by the Hub",
    };

    public static string? Request(AppointmentChangeKind? kind) => kind switch
    {
        AppointmentChangeKind.Reschedule => "You asked for a different time",
        AppointmentChangeKind.Cancel => "You asked to cancel",
        _ => null,
    };

    /// <summary>An event's stored name ("appointment_booked") as a sentence ("Appointment booked").</summary>
    public static string Event(string eventTypeName)
    {
        ArgumentNullException.ThrowIfNull(eventTypeName);
        var words = eventTypeName.Replace('_', ' ');
        return words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];
    }
}
