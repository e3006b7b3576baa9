using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Privacy;

namespace Hubs.Web.Features.Journeys.ManagingRisk;

public static class AgreeSafetyPlanDecision
{
    /// <summary>Any stage of an open journey; the plan is the keyworker's, so it is sealed with their key.</summary>
    public static Decision Decide(Journey journey, AgreeSafetyPlan command, Guid clinicianId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(journey);
        ArgumentNullException.ThrowIfNull(command);
        if (journey.HasEnded)
        {
            return JourneyRules.Ended(journey);
        }

        var plan = new SafetyPlan(
            command.WarningSigns.Trim(),
            command.CopingStrategies.Trim(),
            command.PeopleAndPlaces?.Trim() ?? "",
            command.ProfessionalContacts?.Trim() ?? "",
            command.CrisisLines.Trim(),
            command.SafeEnvironment?.Trim() ?? ""
        );
        return Decision.Accept(
            new SafetyPlanAgreed(journey.Id, now, clinicianId, Personal.Of(journey.SealedWith, plan))
        );
    }
}
