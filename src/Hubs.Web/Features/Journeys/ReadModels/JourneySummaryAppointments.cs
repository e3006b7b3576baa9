using Hubs.Web.Features.Journeys.Events;
using Marten.Events.Aggregation;

namespace Hubs.Web.Features.Journeys.ReadModels;

/// <summary>How appointment events change the summary: the shared fold, and the first attended treatment.</summary>
public sealed partial class JourneySummaryProjection : SingleStreamProjection<JourneySummary, Guid>
{
    public static JourneySummary Apply(AppointmentBooked e, JourneySummary j) =>
        j with
        {
            Appointments = j.Appointments.Booked(e),
        };

    public static JourneySummary Apply(AppointmentRescheduled e, JourneySummary j) =>
        j with
        {
            Appointments = j.Appointments.Rescheduled(e),
        };

    public static JourneySummary Apply(AppointmentCancelled e, JourneySummary j) =>
        j with
        {
            Appointments = j.Appointments.Cancelled(e),
        };

    public static JourneySummary Apply(AppointmentChangeRequested e, JourneySummary j) =>
        j with
        {
            Appointments = j.Appointments.ChangeRequested(e),
        };

    public static JourneySummary Apply(AppointmentAttended e, JourneySummary j) =>
        j with
        {
            Status = j.Status.AfterAttending(j.Appointments.FirstOrDefault(a => a.Id == e.AppointmentId)),
            Appointments = j.Appointments.Attended(e),
        };

    public static JourneySummary Apply(AppointmentNotAttended e, JourneySummary j) =>
        j with
        {
            Appointments = j.Appointments.NotAttended(e),
        };

    public static JourneySummary Apply(TreatmentSessionRecorded e, JourneySummary j) =>
        j with
        {
            SessionsRecorded = j.SessionsRecorded + 1,
            Appointments = j.Appointments.SessionRecorded(e),
        };
}
