using Hubs.Contracts.Journeys;
using Hubs.Web.Features.Journeys;
using JasperFx.Events;

namespace Hubs.Web.Features.Publishing;

/// <summary>Each appointment's outcome: attended, did not attend, or cancelled and by whom.</summary>
public sealed partial class MilestoneMapper
{
    /// <summary>
    /// An appointment's outcome, dated by when it was due to start (an attendance may be recorded
    /// days later). Its number is its place among the journey's bookings, which never changes.
    /// </summary>
    private AppointmentOutcomeRecorded? Appointment(
        IEvent recorded,
        JourneyMapping journey,
        Guid appointmentId,
        string outcome
    )
    {
        var index = journey.AppointmentIndex(appointmentId);
        if (index < 0)
        {
            return null;
        }

        var appointment = journey.Appointments[index];
        return Stamp(recorded, journey, appointment.StartsAt, (k, h, v, w, m) =>
            new AppointmentOutcomeRecorded(
                k,
                h,
                v,
                w,
                m,
                index + 1,
                CategoryCodes.Code(appointment.Purpose),
                outcome,
                calendar.DaysBetween(journey.SubmittedAt, appointment.StartsAt)
            )
        );
    }
}
