using Hubs.Web.Features.Journeys.Events;

namespace Hubs.Web.Features.Journeys.BookingAppointment;

public static class BookAppointmentDecision
{
    /// <summary>
    /// Assessment appointments follow a triage to "assess" and precede the assessment; treatment
    /// appointments need an assessed journey allocated to a clinician.
    /// </summary>
    public static Decision Decide(Journey journey, BookAppointment command, Guid appointmentId, Guid bookedBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(journey);
        ArgumentNullException.ThrowIfNull(command);
        if (journey.HasEnded)
        {
            return JourneyRules.Ended(journey);
        }

        var purpose = command.Purpose ?? AppointmentPurpose.Treatment;
        if (purpose == AppointmentPurpose.Assessment && journey.Status != JourneyStatus.Triaged)
        {
            return Decision.Refuse("assessment-not-due", "An assessment appointment can be booked only after triage to assess and before the assessment.");
        }

        if (purpose == AppointmentPurpose.Treatment && journey.ClinicianId is null)
        {
            return Decision.Refuse("not-allocated", "Allocate a clinician after the assessment before booking treatment.");
        }

        return Decision.Accept(new AppointmentBooked(
            journey.Id,
            appointmentId,
            now,
            purpose,
            command.StartsAt ?? now,
            command.DurationMinutes,
            command.Mode ?? ContactMode.InPerson,
            command.OutOfHours,
            command.ClinicianId ?? journey.ClinicianId ?? bookedBy));
    }
}
