using Hubs.Web.Features.Hubs;
using Hubs.Web.Features.Journeys.Events;

namespace Hubs.Web.Features.Journeys.BookingAppointment;

public static class BookAppointmentDecision
{
    /// <summary>
    /// Assessment appointments follow a triage to "assess" and precede the assessment; treatment
    /// appointments need an assessed journey allocated to a clinician. The time follows
    /// <see cref="AppointmentTimes"/>; out of hours is judged against the Hub's opening hours. A booking makes
    /// its clinician one who cares for the client, so it may name only a clinician already on the journey
    /// (allocated or holding an appointment) — anyone before allocation, when assessment is shared work —
    /// unless the hub lead books it: break-glass access never turns into direct care this way.
    /// </summary>
    public static Decision Decide(
        Journey journey,
        BookAppointment command,
        Guid appointmentId,
        Guid bookedBy,
        DateTimeOffset now,
        OpeningHours hours,
        BookingContext? context = null,
        bool byHubLead = false
    )
    {
        context ??= BookingContext.None;
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
            return Decision.Refuse(
                "assessment-not-due",
                "An assessment appointment can be booked only after triage to assess and before the assessment."
            );
        }

        if (purpose == AppointmentPurpose.Treatment && journey.ClinicianId is null)
        {
            return Decision.Refuse(
                "not-allocated",
                "Allocate a clinician after the assessment before booking treatment."
            );
        }

        var clinician = command.ClinicianId ?? journey.ClinicianId ?? bookedBy;
        if (!byHubLead && journey.ClinicianId is not null && !Access.JourneyAccess.Holds(journey, clinician))
        {
            return Decision.Refuse(
                "clinician-not-on-journey",
                "Only a clinician already caring for this client can be "
                    + "booked. Ask your hub lead to allocate or book someone else."
            );
        }

        var startsAt = command.StartsAt ?? now;
        if (AppointmentTimes.Refuse(startsAt, command.DurationMinutes, now) is { } outOfLimits)
        {
            return outOfLimits;
        }

        var mode = command.Mode ?? ContactMode.InPerson;
        if (
            BookingRules.Check(
                context,
                journey.KeyworkerId,
                clinician,
                startsAt,
                command.DurationMinutes,
                mode,
                command.ConfirmWarnings
            ) is
            { } refused
        )
        {
            return refused;
        }

        return Decision.Accept(
            new AppointmentBooked(
                journey.Id,
                appointmentId,
                now,
                purpose,
                startsAt,
                command.DurationMinutes,
                mode,
                hours.IsOutOfHours(startsAt, TimeSpan.FromMinutes(command.DurationMinutes)),
                clinician
            )
        );
    }
}
