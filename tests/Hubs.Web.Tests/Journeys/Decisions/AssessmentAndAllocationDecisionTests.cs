using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.AllocatingClinician;
using Hubs.Web.Features.Journeys.CompletingAssessment;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Journeys.TriagingReferral;

namespace Hubs.Web.Tests.Journeys.Decisions;

public class AssessmentAndAllocationDecisionTests
{
    private static readonly CompleteAssessment Assessment = new(InterventionType.Emdr, "Formulation", "Plan", 16, 12);

    [Fact]
    public void An_assessment_before_triage_is_refused()
    {
        CompleteAssessmentDecision
            .Decide(Given.Submitted(), Assessment, Given.Clinician, Given.Now)
            .Refused("not-triaged");
    }

    [Fact]
    public void An_assessment_after_triage_records_baseline_scores_and_intervention()
    {
        var decision = CompleteAssessmentDecision.Decide(Given.Triaged(), Assessment, Given.Clinician, Given.Now);
        var assessed = Assert.IsType<AssessmentCompleted>(Assert.Single(decision.Events));
        Assert.Equal((InterventionType.Emdr, 16, 12), (assessed.Intervention, assessed.Phq9Total, assessed.Gad7Total));
        Assert.Equal(JourneyStatus.Assessed, Given.Triaged().After(decision).Status);
    }

    [Fact]
    public void A_journey_is_assessed_once_and_not_after_being_closed_at_triage()
    {
        CompleteAssessmentDecision
            .Decide(Given.Assessed(), Assessment, Given.Clinician, Given.Now)
            .Refused("already-assessed");
        var closed = Given
            .Submitted()
            .After(
                TriageReferralDecision.Decide(
                    Given.Submitted(),
                    new(TriageOutcome.NotSuitable, "R", null),
                    Given.Clinician,
                    Given.Now
                )
            );
        CompleteAssessmentDecision.Decide(closed, Assessment, Given.Clinician, Given.Now).Refused("journey-ended");
    }

    [Fact]
    public void Allocation_needs_an_assessment_and_puts_the_journey_on_the_waiting_list()
    {
        AllocateClinicianDecision
            .Decide(Given.Triaged(), new(Given.Clinician), Given.Lead, Given.Now)
            .Refused("not-assessed");
        var decision = AllocateClinicianDecision.Decide(Given.Assessed(), new(Given.Clinician), Given.Lead, Given.Now);
        var allocated = Given.Assessed().After(decision);
        Assert.Equal((JourneyStatus.Waiting, Given.Clinician), (allocated.Status, allocated.ClinicianId));
    }

    [Fact]
    public void Re_allocation_to_the_same_clinician_is_refused_and_to_another_is_recorded()
    {
        AllocateClinicianDecision
            .Decide(Given.Allocated(), new(Given.Clinician), Given.Lead, Given.Now)
            .Refused("already-allocated");
        var other = Guid.NewGuid();
        Assert.Equal(
            other,
            Given
                .Allocated()
                .After(AllocateClinicianDecision.Decide(Given.Allocated(), new(other), Given.Lead, Given.Now))
                .ClinicianId
        );
    }
}
