using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Privacy;

namespace Hubs.Web.Features.Journeys.RequestingAppointmentChange;

/// <summary>Only a booked appointment that has not started yet, on an open journey, can be asked about.</summary>
public static class RequestAppointmentChangeDecision
{
    public static Decision Decide(
        Journey journey,
        Guid appointmentId,
        RequestAppointmentChange command,
        DateTimeOffset now
    )
    {
        ArgumentNullException.ThrowIfNull(journey);
        ArgumentNullException.ThrowIfNull(command);
        // A missing kind never gets here (the validator); a request for a new time is the safe reading.
        var appointment = journey.FindAppointment(appointmentId);
        return true switch
        {
            _ when journey.HasEnded => JourneyRules.Ended(journey),
            _ when appointment is null => Decision.Refuse(
                "no-such-appointment",
                "This appointment is not on your referral."
            ),
            _ when appointment.State != AppointmentState.Booked || appointment.StartsAt <= now => Decision.Refuse(
                "appointment-not-upcoming",
                "This appointment has already happened or been cancelled, "
                    + "so it cannot be changed. Send the Hub a message instead."
            ),
            _ => Decision.Accept(
                new AppointmentChangeRequested(
                    journey.Id,
                    appointmentId,
                    now,
                    command.Kind ?? AppointmentChangeKind.Reschedule,
                    Personal.Text(journey.SealedWith, command.Reason)
                )
            ),
        };
    }
}
