using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Journeys.RequestingAppointmentChange;
using Hubs.Web.Features.Privacy;
using JasperFx.Events;

namespace Hubs.Web.Features.Journeys.ReadingJourney;

/// <summary>Turns the stored events into timeline entries a clinician reads.</summary>
public static class Timeline
{
    public static TimelineEntry Entry(IEvent recorded)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        var name = recorded.EventTypeName.Replace('_', '-');
        return new TimelineEntry(recorded.Version, recorded.Timestamp, name, Note(recorded.Data));
    }

    private static string? Note(object data) =>
        data switch
        {
            ReferralTriaged e => Join(
                e.Reason,
                e.SignpostedService() is { } service ? $"Signposted to {service}" : null
            ),
            AssessmentCompleted e => Join(
                e.Formulation,
                e.AgreedPlan.Value is null ? null : $"Plan: {e.AgreedPlan.Value}"
            ),
            AppointmentCancelled e => e.Reason?.Value,
            AppointmentChangeRequested e => Join(
                e.Reason,
                e.Kind == AppointmentChangeKind.Cancel
                    ? "The keyworker asks to cancel"
                    : "The keyworker asks for a different time"
            ),
            TreatmentSessionRecorded e => Join(e.Notes, $"PHQ-9 {e.Phq9Total}, GAD-7 {e.Gad7Total}"),
            ClientDischarged e => e.Summary?.Value,
            JourneyWithdrawn e => e.Reason?.Value,
            ContactAttemptLogged e => ContactAttemptWords.Summary(e.Channel, e.Outcome),
            _ => null,
        };

    private static string? Join(Personal<string>? text, string? more) =>
        string.Join(" — ", new[] { text?.Value, more }.Where(s => s is not null)) is { Length: > 0 } joined
            ? joined
            : null;
}
