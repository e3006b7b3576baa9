using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Privacy;
using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Features.Journeys.AnsweringSessionMeasures;

/// <summary>
/// Saves one page of the keyworker's answers before a treatment session that is still to come. A risk answer is
/// raised at once, as at screening (the journey goes to the top of the Hub's lists before the questions end); each
/// appointment's answers are their own dated signal, so a second risk answer before a later session is raised
/// again. Once every session measure is answered, each is recorded (MeasureCompleted, before a session, given by
/// the keyworker) and the appointment's questions are closed: they are answered once.
/// </summary>
public static class SaveSessionAnswersDecision
{
    public static Decision Decide(
        Journey journey,
        PreSessionProgress progress,
        SaveSessionAnswers command,
        IReadOnlyList<MeasureId> measures,
        ScoringOptions options,
        DateTimeOffset now
    )
    {
        ArgumentNullException.ThrowIfNull(journey);
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(measures);
        var appointment = journey.FindAppointment(command.AppointmentId);
        if (journey.HasEnded)
        {
            return JourneyRules.Ended(journey);
        }

        if (
            appointment is not { Purpose: AppointmentPurpose.Treatment, State: AppointmentState.Booked }
            || appointment.StartsAt <= now
        )
        {
            return Decision.Refuse(
                "appointment-not-upcoming",
                "These questions are for a session that is still to come. "
                    + "This appointment has already started or is no longer booked."
            );
        }

        if (progress.CompletedAt is not null)
        {
            return Decision.Refuse(
                "already-answered",
                "You have already answered the questions for this session. Your clinician will go through them "
                    + "with you; tell them at the session if anything has changed."
            );
        }

        if (!measures.Contains(command.Measure))
        {
            return Decision.Refuse("invalid-answers", "These questions are not asked before a session at this Hub.");
        }

        var definition = Catalogue.Get(command.Measure);
        var problems = AnswerCheck.Values(definition, definition.Items, command.Answers).ToList();
        if (problems.Count > 0)
        {
            return Decision.Refuse("invalid-answers", string.Join(" ", problems.Select(p => p.Message)));
        }

        var answers = progress with { Answers = progress.Answers.Record(command.Measure, command.Answers) };
        var events = new List<object>
        {
            new PreSessionAnswersSaved(
                journey.Id,
                appointment.Id,
                now,
                command.Measure,
                Personal.Of(journey.SealedWith, command.Answers)
            ),
        };
        if (answers.Risk > progress.Risk)
        {
            events.Add(new RiskFlagRaised(journey.Id, now, answers.Risk, RiskSource.BeforeSession));
        }

        var results = measures
            .Select(m => Scoring.Score(m, answers.Answers.For(m), options))
            .OfType<ScoreResult>()
            .ToList();
        if (results.Count == measures.Count)
        {
            events.AddRange(
                results.Select(r =>
                    MeasureCompleted.Of(
                        journey,
                        r,
                        answers.Answers.For(r.Measure),
                        MeasureOccasion.PreSession,
                        MeasureGivenBy.Keyworker,
                        null,
                        now
                    )
                )
            );
            events.Add(new PreSessionMeasuresCompleted(journey.Id, appointment.Id, now));
        }

        return new Decision(events, null);
    }
}
