using Hubs.Web.Features.Hubs;
using Hubs.Web.Features.Journeys.Events;

namespace Hubs.Web.Features.Journeys.BookingAppointment;

public static class BookAppointmentDecision
{
    /// <summary>
    /// Assessment appointments follow a triage to "assess" and precede the assessment; treatment
    /// appointments need an assessed journey allocated to a clinician. The time follows
    /// <see cref="AppointmentTimes"/>; out of hours is judged against the Hub's opening hours.
    /// </summary>
    public static Decision Decide(
        Journey journey, BookAppointment command, Guid appointmentId, Guid bookedBy, DateTimeOffset now, OpeningHours hours, BookingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(journey);
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(hours);
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

        var startsAt = command.StartsAt ?? now;
        if (AppointmentTimes.Refuse(startsAt, command.DurationMinutes, now) is { } refused)
        {
            return refused;
        }

        var clinician = command.ClinicianId ?? journey.ClinicianId ?? bookedBy;
        var mode = command.Mode ?? ContactMode.InPerson;
        if (BookingRules.Clash(context, journey.KeyworkerId, clinician, startsAt, command.DurationMinutes) is { } clash)
        {
            return new Decision([], clash);
        }

        if (!command.ConfirmWarnings && BookingRules.Warnings(context, startsAt, command.DurationMinutes, mode) is { Count: > 0 } warnings)
        {
            return Decision.Refuse("confirm-warnings", "Check before booking: " + string.Join(" ", warnings) + " Confirm to book anyway.");
        }

        return Decision.Accept(new AppointmentBooked(
            journey.Id,
            appointmentId,
            now,
            purpose,
            startsAt,
            command.DurationMinutes,
            mode,
            hours.IsOutOfHours(startsAt, TimeSpan.FromMinutes(command.DurationMinutes)),
            clinician));
    }
}
