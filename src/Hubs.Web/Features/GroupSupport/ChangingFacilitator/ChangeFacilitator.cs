using FluentValidation;
using Hubs.Web.Features.AdverseEvents;
using Hubs.Web.Features.Kernel;

namespace Hubs.Web.Features.GroupSupport.ChangingFacilitator;

/// <summary>The lead hands a series to another facilitator: a Hub clinician, a peer or an external role.</summary>
public sealed record ChangeFacilitator(FacilitatorKind? FacilitatorKind, Guid? FacilitatorId, string? ExternalRole)
    : IFacilitatorChoice;

public sealed class ChangeFacilitatorValidator : AbstractValidator<ChangeFacilitator>
{
    public ChangeFacilitatorValidator() => Include(FacilitatorChoiceValidator.Rules);
}

/// <summary>The new facilitator is one the Hub may choose (as when a series starts), and not the one it has.</summary>
public static class ChangeFacilitatorDecision
{
    public static Decision Decide(
        GroupSeries series,
        ChangeFacilitator command,
        bool isHubClinician,
        PeerSupporter? peer,
        DateOnly today,
        DateTimeOffset now
    )
    {
        ArgumentNullException.ThrowIfNull(series);
        var (facilitator, refusal) = FacilitatorChoice.Check(command, series.HubId, isHubClinician, peer, today);
        if (refusal is not null)
        {
            return new Decision([], refusal);
        }

        return facilitator == series.Facilitator
            ? Decision.Refuse("facilitator-unchanged", "This is already the group's facilitator.")
            : Decision.Accept(new GroupFacilitatorChanged(series.Id, facilitator!, now));
    }
}
