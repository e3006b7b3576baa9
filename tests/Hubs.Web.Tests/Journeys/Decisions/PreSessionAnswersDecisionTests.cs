using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.AnsweringSessionMeasures;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Questionnaires;
using Hubs.Web.Tests.Questionnaires;

namespace Hubs.Web.Tests.Journeys.Decisions;

/// <summary>The keyworker's answers before a session: the rules of the one decision, without I/O.</summary>
public class PreSessionAnswersDecisionTests
{
    private static readonly MeasureId[] Measures = [MeasureId.Phq9, MeasureId.Gad7];

    private static Journey Booked(AppointmentPurpose purpose = AppointmentPurpose.Treatment) =>
        Given
            .Allocated()
            .Then(j => new AppointmentBooked(
                j.Id,
                Given.Treatment,
                Given.Now,
                purpose,
                Given.Now.AddDays(2),
                50,
                ContactMode.Phone,
                false,
                Given.Clinician
            ));

    private static PreSessionProgress Progress(Journey journey, params object[] decided) =>
        PreSessionProgress.Of(decided, Given.Treatment);

    private static Decision Save(
        Journey journey,
        PreSessionProgress progress,
        MeasureId measure,
        Dictionary<string, int> answers,
        DateTimeOffset? at = null
    ) =>
        SaveSessionAnswersDecision.Decide(
            journey,
            progress,
            new SaveSessionAnswers(Given.Treatment, measure, answers),
            Measures,
            ScoringOptions.Default,
            at ?? Given.Now
        );

    [Fact]
    public void Answers_are_sealed_for_the_journey_and_recorded_once_every_measure_is_answered()
    {
        var journey = Booked();
        var first = Save(
            journey,
            Progress(journey),
            MeasureId.Phq9,
            Answers.Of(MeasureId.Phq9, 1, 1, 1, 1, 1, 0, 0, 0, 0)
        );
        var saved = Assert.IsType<PreSessionAnswersSaved>(Assert.Single(first.Events));
        Assert.Equal(journey.SealedWith, saved.Answers.OwnerId);

        var last = Save(
            journey,
            Progress(journey, saved),
            MeasureId.Gad7,
            Answers.Of(MeasureId.Gad7, 1, 1, 1, 1, 1, 1, 1)
        );

        var results = last.Events.OfType<MeasureCompleted>().ToDictionary(e => e.Measure);
        Assert.Equal((5, "mild"), (results[MeasureId.Phq9].Total, results[MeasureId.Phq9].Band));
        Assert.Equal(
            (7, "mild", false),
            (results[MeasureId.Gad7].Total, results[MeasureId.Gad7].Band, results[MeasureId.Gad7].AtCaseness)
        );
        Assert.All(results.Values, r => Assert.Equal(MeasureOccasion.PreSession, r.Occasion));
        Assert.Equal(Given.Treatment, Assert.IsType<PreSessionMeasuresCompleted>(last.Events[^1]).AppointmentId);
    }

    [Fact]
    public void A_risk_answer_is_raised_once_for_the_session_and_again_only_if_it_rises()
    {
        var journey = Booked();
        var flagged = Save(journey, Progress(journey), MeasureId.Phq9, new() { ["phq9.9"] = 1 });
        Assert.Equal(RiskLevel.Flag, Assert.IsType<RiskFlagRaised>(flagged.Events[1]).Level);
        var progress = Progress(journey, flagged.Events[0]);

        var same = Save(journey, progress, MeasureId.Phq9, new() { ["phq9.9"] = 1 });
        var higher = Save(journey, progress, MeasureId.Phq9, new() { ["phq9.9"] = 2 });

        Assert.DoesNotContain(same.Events, e => e is RiskFlagRaised);
        Assert.Equal(
            (RiskLevel.Urgent, RiskSource.BeforeSession),
            (
                higher.Events.OfType<RiskFlagRaised>().Single().Level,
                higher.Events.OfType<RiskFlagRaised>().Single().Source
            )
        );
    }

    [Fact]
    public void Only_a_treatment_session_still_to_come_on_an_open_journey_and_only_once()
    {
        var phq9 = Answers.Of(MeasureId.Phq9, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        var journey = Booked();
        Save(journey, Progress(journey), MeasureId.Phq9, phq9, Given.Now.AddDays(3))
            .Refused("appointment-not-upcoming");
        var assessment = Booked(AppointmentPurpose.Assessment);
        Save(assessment, Progress(assessment), MeasureId.Phq9, phq9).Refused("appointment-not-upcoming");
        var ended = Booked()
            .Then(j => new ClientDischarged(j.Id, Given.Now, Given.Clinician, DischargeReason.DroppedOut, null));
        Save(ended, Progress(ended), MeasureId.Phq9, phq9).Refused("journey-ended");
        var done = Progress(journey, new PreSessionMeasuresCompleted(journey.Id, Given.Treatment, Given.Now));
        Save(journey, done, MeasureId.Phq9, phq9).Refused("already-answered");
        Save(journey, Progress(journey), MeasureId.Isi, Answers.Of(MeasureId.Isi, 0, 0, 0, 0, 0, 0, 0))
            .Refused("invalid-answers");
        Save(journey, Progress(journey), MeasureId.Phq9, new() { ["phq9.1"] = 4 }).Refused("invalid-answers");
    }
}
