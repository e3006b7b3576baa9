using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Privacy;
using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Features.Journeys.ManagingRisk;

public static class RaiseRiskConcernDecision
{
    /// <summary>
    /// A concern may be raised at any stage of an open journey, even before triage; the note is sealed.
    /// </summary>
    public static Decision Decide(Journey journey, RaiseRiskConcern command, Guid clinicianId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(journey);
        ArgumentNullException.ThrowIfNull(command);
        if (journey.HasEnded)
        {
            return JourneyRules.Ended(journey);
        }

        return Decision.Accept(
            new RiskConcernRaised(
                journey.Id,
                now,
                clinicianId,
                command.Source ?? RiskSource.ClinicianConcern,
                command.Level ?? RiskLevel.Flag,
                Personal.Of(journey.SealedWith, command.Note.Trim()),
                command.Source == RiskSource.Message ? command.MessageId : null
            )
        );
    }
}
