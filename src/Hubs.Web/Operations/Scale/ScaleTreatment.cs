using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Events;

namespace Hubs.Web.Operations.Scale;

/// <summary>
/// Weekly treatment appointments after the wait for treatment: most attended (with PHQ-9 and GAD-7 that mostly
/// fall), some missed or cancelled; then a discharge with a plausible reason. An appointment not yet due stays
/// booked, so the journey is in support today.
/// </summary>
internal sealed class ScaleTreatment(ScaleStory story, Random random, DateTimeOffset now)
{
    public List<IJourneyEvent> Run(DateTimeOffset first, int phq9, int gad7)
    {
        var events = story.Events;
        var planned = 2 + random.Next(11);
        var recorded = 0;
        var missed = 0;
        var at = first;
        for (var n = 0; n < planned; n++, at = at.AddDays(7))
        {
            var appointment = story.AppointmentId();
            events.Add(
                new AppointmentBooked(
                    story.Id,
                    appointment,
                    at.AddDays(-6),
                    AppointmentPurpose.Treatment,
                    at,
                    50,
                    story.Mode(),
                    random.Next(5) == 0,
                    story.Clinician
                )
            );
            if (at > now)
            {
                return events;
            }

            switch (random.Next(100))
            {
                case < 80:
                    recorded++;
                    phq9 = Math.Clamp(phq9 - random.Next(-1, 4), 0, 27);
                    gad7 = Math.Clamp(gad7 - random.Next(-1, 3), 0, 21);
                    events.Add(new AppointmentAttended(story.Id, appointment, at.AddMinutes(50)));
                    events.Add(
                        new TreatmentSessionRecorded(
                            story.Id,
                            appointment,
                            recorded,
                            at.AddMinutes(55),
                            story.Clinician,
                            phq9,
                            gad7,
                            story.Sealed("Synthetic session notes."),
                            0
                        )
                    );
                    break;
                case < 90:
                    missed++;
                    events.Add(new AppointmentNotAttended(story.Id, appointment, at.AddMinutes(30)));
                    break;
                default:
                    events.Add(
                        new AppointmentCancelled(
                            story.Id,
                            appointment,
                            at.AddDays(-1),
                            random.Next(2) == 0 ? CancelledBy.Client : CancelledBy.Hub,
                            null
                        )
                    );
                    break;
            }

            if (story.Withdraws(at.AddDays(1)))
            {
                return events;
            }
        }

        var discharged = at.AddDays(random.Next(14));
        if (discharged <= now)
        {
            var reason =
                missed >= 2
                    ? DischargeReason.DroppedOut
                    : random.Next(100) switch
                    {
                        < 78 => DischargeReason.Completed,
                        < 86 => DischargeReason.Declined,
                        < 94 => DischargeReason.MovedOn,
                        _ => DischargeReason.NoContact,
                    };
            events.Add(
                new ClientDischarged(
                    story.Id,
                    discharged,
                    story.Clinician,
                    reason,
                    story.Sealed("Synthetic discharge summary.")
                )
            );
        }

        return events;
    }
}
