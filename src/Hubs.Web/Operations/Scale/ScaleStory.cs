using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Privacy;
using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Operations.Scale;

/// <summary>
/// What happens after a synthetic referral: screening, triage (assess, signpost, not suitable), an assessment
/// appointment and assessment, allocation, weekly treatment appointments (attended with PHQ-9/GAD-7, missed or
/// cancelled) and an ending, with a withdrawal possible at every stage. Each step waits a plausible time and
/// happens only if that moment has passed, so recent journeys stay open and the waits in the lists are real.
/// Free text is sealed with the journey's key, as the real decisions seal it.
/// </summary>
internal sealed class ScaleStory(Guid id, Random random, DateTimeOffset now, Guid clinician)
{
    private readonly List<IJourneyEvent> events = [];

    public List<IJourneyEvent> Tell(DateTimeOffset submitted)
    {
        var at = submitted.AddHours(1 + random.Next(48));
        if (at > now || random.Next(100) < 6)
        {
            return EndUnscreened(submitted);
        }

        var phq9 = random.Next(4, 26);
        var gad7 = random.Next(3, 21);
        var item9 = random.Next(100) < 8 ? 1 + random.Next(3) : 0;
        var risk = item9 switch
        {
            0 => RiskLevel.None,
            1 => RiskLevel.Flag,
            _ => RiskLevel.Urgent,
        };
        events.Add(new ScreeningCompleted(id, at, ScreeningTakenBy.Keyworker, phq9, gad7, risk));
        if (risk != RiskLevel.None)
        {
            events.Add(new RiskFlagRaised(id, at, risk, RiskSource.Screening));
        }

        at = at.AddDays(risk == RiskLevel.None ? 1 + random.Next(21) : random.Next(2));
        if (at > now || Withdraws(at))
        {
            return events;
        }

        var outcome = random.Next(100) switch
        {
            < 75 => TriageOutcome.Assess,
            < 93 => TriageOutcome.SignpostElsewhere,
            _ => TriageOutcome.NotSuitable,
        };
        events.Add(
            new ReferralTriaged(
                id,
                at,
                clinician,
                outcome,
                Sealed("Synthetic triage reason."),
                null,
                outcome == TriageOutcome.SignpostElsewhere ? Sealed("Synthetic local service") : null
            )
        );
        return outcome == TriageOutcome.Assess ? Assess(at, phq9, gad7) : events;
    }

    private List<IJourneyEvent> EndUnscreened(DateTimeOffset submitted)
    {
        // Never screened: after sixty days without contact the Hub closes the referral.
        var closed = submitted.AddDays(60);
        if (closed <= now)
        {
            events.Add(new ClientDischarged(id, closed, clinician, DischargeReason.NoContact, null));
        }

        return events;
    }

    private List<IJourneyEvent> Assess(DateTimeOffset triaged, int phq9, int gad7)
    {
        var appointment = AppointmentId();
        var starts = triaged.AddDays(7 + random.Next(63));
        events.Add(
            new AppointmentBooked(
                id,
                appointment,
                triaged.AddDays(1),
                AppointmentPurpose.Assessment,
                starts,
                60,
                Mode(),
                false,
                clinician
            )
        );
        if (starts > now || Withdraws(starts.AddDays(-1), appointment))
        {
            return events;
        }

        events.Add(new AppointmentAttended(id, appointment, starts.AddHours(1)));
        var intervention = Enum.GetValues<InterventionType>()[random.Next(Enum.GetValues<InterventionType>().Length)];
        events.Add(
            new AssessmentCompleted(
                id,
                starts.AddHours(1),
                clinician,
                intervention,
                phq9,
                gad7,
                Sealed("Synthetic formulation."),
                Sealed("Synthetic agreed plan.")
            )
        );
        var allocated = starts.AddDays(1 + random.Next(5));
        if (allocated > now)
        {
            return events;
        }

        events.Add(new ClinicianAllocated(id, allocated, clinician, clinician));
        return new ScaleTreatment(this, random, now).Run(allocated.AddDays(7 + random.Next(110)), phq9, gad7);
    }

    internal Guid Id => id;

    internal Guid Clinician => clinician;

    internal List<IJourneyEvent> Events => events;

    internal Personal<string> Sealed(string text) => Personal.Of(id, text);

    internal Guid AppointmentId()
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    internal ContactMode Mode() => (ContactMode)random.Next(3);

    /// <summary>Three in a hundred withdraw at each stage; an appointment still open is cancelled with it.</summary>
    internal bool Withdraws(DateTimeOffset at, Guid? openAppointment = null)
    {
        if (random.Next(100) >= 3)
        {
            return false;
        }

        if (openAppointment is { } appointment)
        {
            events.Add(new AppointmentCancelled(id, appointment, at, CancelledBy.Client, null, AtJourneyEnd: true));
        }

        events.Add(new JourneyWithdrawn(id, at, Sealed("Synthetic: no longer needs support.")));
        return true;
    }
}
