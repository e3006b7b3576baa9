using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.ChangingResearchConsent;
using Hubs.Web.Features.Journeys.CodingThemes;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Journeys.GivingExperienceFeedback;
using Hubs.Web.Features.Journeys.RecordingWorkOutcomes;

namespace Hubs.Web.Tests.Journeys.Decisions;

/// <summary>Issue 19's decisions: themes, work outcomes, the experience questionnaire and research contact.</summary>
public sealed class EvaluationDecisionTests
{
    private static readonly RecordWorkOutcomes OffWork = new(
        EvaluationOccasion.Assessment,
        12,
        WorkStatus.OffWork,
        LeavingIntention.Profession
    );

    [Fact]
    public void Themes_are_coded_from_triage_on_each_once_in_a_fixed_order()
    {
        var command = new CodePresentingThemes([PresentingTheme.Racism, PresentingTheme.Burnout]);

        CodePresentingThemesDecision
            .Decide(Given.Submitted(), command, Given.Clinician, Given.Now)
            .Refused("not-triaged");
        var coded = Assert.IsType<PresentingThemesCoded>(
            Assert.Single(
                CodePresentingThemesDecision.Decide(Given.Triaged(), command, Given.Clinician, Given.Now).Events
            )
        );

        Assert.Equal([PresentingTheme.Burnout, PresentingTheme.Racism], coded.Themes);
        CodePresentingThemesDecision
            .Decide(Given.Discharged(), command, Given.Clinician, Given.Now)
            .Refused("journey-ended");
    }

    [Fact]
    public void Work_outcomes_at_assessment_need_an_open_journey_and_at_discharge_an_assessment()
    {
        var atDischarge = OffWork with { Occasion = EvaluationOccasion.Discharge };

        RecordWorkOutcomesDecision
            .Decide(Given.Submitted(), OffWork, Given.Clinician, Given.Now)
            .Refused("not-triaged");
        RecordWorkOutcomesDecision
            .Decide(Given.Triaged(), atDischarge, Given.Clinician, Given.Now)
            .Refused("not-assessed");
        RecordWorkOutcomesDecision
            .Decide(Given.Discharged(), OffWork, Given.Clinician, Given.Now)
            .Refused("journey-ended");
        var recorded = Assert.IsType<WorkOutcomesRecorded>(
            Assert.Single(
                RecordWorkOutcomesDecision.Decide(Given.Discharged(), atDischarge, Given.Clinician, Given.Now).Events
            )
        );

        Assert.Equal(
            (12, WorkStatus.OffWork, LeavingIntention.Profession),
            (recorded.SickDays, recorded.Status, recorded.Leaving)
        );
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(28, true)]
    [InlineData(29, false)]
    public void Sick_days_run_from_0_to_28(int days, bool valid)
    {
        var result = new RecordWorkOutcomesValidator().Validate(OffWork with { SickDays = days });

        Assert.Equal(valid, result.IsValid);
        Assert.All(result.Errors, e => Assert.Contains("from 0 to 28", e.ErrorMessage, StringComparison.Ordinal));
    }

    [Fact]
    public void The_experience_questionnaire_is_offered_after_the_assessment_and_after_discharge_once_each()
    {
        var answers = new Dictionary<string, int>
        {
            ["heard"] = 4,
            ["respected"] = 3,
            ["fits"] = 1,
        };
        var atAssessment = new GiveExperienceFeedback(EvaluationOccasion.Assessment, answers, ExperienceRating.Good);
        var atDischarge = atAssessment with { Occasion = EvaluationOccasion.Discharge };

        GiveExperienceFeedbackDecision.Decide(Given.Triaged(), atAssessment, Given.Now).Refused("not-offered");
        GiveExperienceFeedbackDecision.Decide(Given.Assessed(), atDischarge, Given.Now).Refused("not-offered");
        var decision = GiveExperienceFeedbackDecision.Decide(Given.Assessed(), atAssessment, Given.Now);
        var given = Assert.IsType<ExperienceQuestionnaireCompleted>(Assert.Single(decision.Events));

        Assert.Equal((3, 2, ExperienceRating.Good), (given.ItemsAnswered, given.PositiveItems, given.Overall));
        GiveExperienceFeedbackDecision
            .Decide(Given.Assessed().After(decision), atAssessment, Given.Now)
            .Refused("already-given");
        Assert.Single(GiveExperienceFeedbackDecision.Decide(Given.Discharged(), atDischarge, Given.Now).Events);
    }

    [Fact]
    public void Research_consent_is_given_and_withdrawn_at_any_time_each_change_an_event()
    {
        var journey = Given.Discharged();
        var yes = new ChangeResearchConsent(true);
        var no = new ChangeResearchConsent(false);

        var given = ChangeResearchConsentDecision.Decide(journey, yes, Given.Now);
        journey = journey.After(given);
        ChangeResearchConsentDecision.Decide(journey, yes, Given.Now).Refused("unchanged");
        var withdrawn = ChangeResearchConsentDecision.Decide(journey, no, Given.Now);

        Assert.True(Assert.IsType<ResearchContactConsentChanged>(Assert.Single(given.Events)).Consented);
        Assert.False(Assert.IsType<ResearchContactConsentChanged>(Assert.Single(withdrawn.Events)).Consented);
        Assert.False(journey.After(withdrawn).ResearchContactConsented);
    }
}
