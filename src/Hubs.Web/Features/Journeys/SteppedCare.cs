namespace Hubs.Web.Features.Journeys;

/// <summary>
/// Stepped care (project rule, src/DOMAIN-RULES.md "Stepped care"): guided self-help and groups are the low-intensity
/// step; the individual therapies the high-intensity one. A change between the two is a step up or down, a change
/// within one step is across. Going on to a specialist service is an onward referral, not a step here.
/// </summary>
public static class SteppedCare
{
    public static int StepOf(InterventionType intervention) =>
        intervention is InterventionType.GuidedSelfHelp or InterventionType.Group ? 2 : 3;

    public static StepDirection Direction(InterventionType from, InterventionType to) =>
        StepOf(to).CompareTo(StepOf(from)) switch
        {
            > 0 => StepDirection.Up,
            < 0 => StepDirection.Down,
            _ => StepDirection.Across,
        };
}
