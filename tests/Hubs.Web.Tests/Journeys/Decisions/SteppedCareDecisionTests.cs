using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Journeys.SteppingCare;

namespace Hubs.Web.Tests.Journeys.Decisions;

public class SteppedCareDecisionTests
{
    private static Decision Step(
        Journey journey,
        InterventionType to,
        string note = "PHQ-9 unchanged after six weeks."
    ) => StepInterventionDecision.Decide(journey, new(to, StepReason.NotImproving, note), Given.Clinician, Given.Now);

    [Theory]
    [InlineData(InterventionType.GuidedSelfHelp, InterventionType.Cbt, StepDirection.Up)]
    [InlineData(InterventionType.Group, InterventionType.Emdr, StepDirection.Up)]
    [InlineData(InterventionType.TraumaFocusedCbt, InterventionType.GuidedSelfHelp, StepDirection.Down)]
    [InlineData(InterventionType.Cbt, InterventionType.Emdr, StepDirection.Across)]
    [InlineData(InterventionType.GuidedSelfHelp, InterventionType.Group, StepDirection.Across)]
    public void The_direction_follows_from_the_two_interventions(
        InterventionType from,
        InterventionType to,
        StepDirection direction
    )
    {
        Assert.Equal(direction, SteppedCare.Direction(from, to));
    }

    [Fact]
    public void Stepping_up_changes_the_plan_and_seals_the_reassessment()
    {
        var stepped = Assert.IsType<InterventionStepped>(
            Assert.Single(Step(Given.Allocated(), InterventionType.Emdr).Events)
        );

        Assert.Equal((InterventionType.Cbt, InterventionType.Emdr), (stepped.From, stepped.To));
        Assert.Equal(StepDirection.Across, stepped.Direction);
        Assert.Equal("PHQ-9 unchanged after six weeks.", stepped.Reassessment.Value);
        var after = Given.Allocated().After(Step(Given.Allocated(), InterventionType.GuidedSelfHelp));
        Assert.Equal(InterventionType.GuidedSelfHelp, after.Intervention);
        var back = Assert.IsType<InterventionStepped>(Assert.Single(Step(after, InterventionType.Cbt).Events));
        Assert.Equal((InterventionType.GuidedSelfHelp, StepDirection.Up), (back.From, back.Direction));
    }

    [Fact]
    public void No_step_before_an_assessment_to_the_same_intervention_or_after_the_end()
    {
        Step(Given.Triaged(), InterventionType.Cbt).Refused("not-assessed");
        Step(Given.Allocated(), InterventionType.Cbt).Refused("same-intervention");
        Step(Given.Discharged(), InterventionType.Emdr).Refused("journey-ended");
    }
}
