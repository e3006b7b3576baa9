using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Privacy;
using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Features.Journeys.RecordingSession;

public static class RecordSessionDecision
{
    /// <summary>
    /// A session needs an assessment first and an attended treatment appointment, once each; answers are scored
    /// exactly. The Hub's other session questionnaires are recorded as the clinician confirmed them, banded with the
    /// Hub's <paramref name="options"/> (its PCL-5 cut-off).
    /// </summary>
    public static Decision Decide(
        Journey journey,
        RecordSession command,
        Guid clinicianId,
        DateTimeOffset now,
        ScoringOptions? options = null
    )
    {
        ArgumentNullException.ThrowIfNull(journey);
        ArgumentNullException.ThrowIfNull(command);
        if (journey.HasEnded)
        {
            return JourneyRules.Ended(journey);
        }

        if (journey.AssessedAt is null)
        {
            return Decision.Refuse("not-assessed", "A treatment session can be recorded only after the assessment.");
        }

        var appointment = journey.FindAppointment(command.AppointmentId);
        if (appointment is not { Purpose: AppointmentPurpose.Treatment, State: AppointmentState.Attended })
        {
            return Decision.Refuse(
                "no-attended-treatment",
                "Record the session against a treatment appointment the client attended."
            );
        }

        if (appointment.SessionRecorded)
        {
            return Decision.Refuse(
                "session-already-recorded",
                "A session has already been recorded for this appointment."
            );
        }

        var measures = SessionMeasures.From(command);
        if (measures.Problems is not null)
        {
            return Decision.Refuse("invalid-answers", measures.Problems);
        }

        var recorded = new TreatmentSessionRecorded(
            journey.Id,
            appointment.Id,
            journey.SessionsRecorded + 1,
            now,
            clinicianId,
            measures.Phq9Total,
            measures.Gad7Total,
            Personal.Text(journey.SealedWith, command.Notes),
            measures.Phq9Item9,
            Personal.Text(journey.SealedWith, command.RiskReview)
        );

        var events = new List<object> { recorded };
        events.AddRange(
            (command.Confirmed ?? []).Select(c =>
                c.Result(journey, options ?? ScoringOptions.Default, clinicianId, now)
            )
        );

        // A self-harm answer during treatment is raised as in screening (at any level above none, even if the
        // journey is already at risk: each answer is its own dated signal), so the Hub sees it at once.
        if (measures.Risk > RiskLevel.None)
        {
            events.Add(new RiskFlagRaised(journey.Id, now, measures.Risk, RiskSource.Session));
        }

        return new Decision(events, null);
    }
}
