using Hubs.Web.Features.AdverseEvents;
using Hubs.Web.Features.Kernel;

namespace Hubs.Web.Features.GroupSupport.StartingGroupSeries;

/// <summary>
/// A series is facilitated by a clinician of the Hub, a peer supporter of its register who may take work today, or
/// an external intervisor named by role only.
/// </summary>
public static class StartGroupSeriesDecision
{
    public static Decision Decide(
        StartGroupSeries command,
        Guid seriesId,
        string hubId,
        bool facilitatorIsHubClinician,
        PeerSupporter? peer,
        DateOnly today,
        DateTimeOffset now
    )
    {
        ArgumentNullException.ThrowIfNull(command);
        var kind = command.FacilitatorKind!.Value;
        GroupFacilitator? facilitator = kind switch
        {
            FacilitatorKind.HubClinician when facilitatorIsHubClinician => new(kind, command.FacilitatorId, null, null),
            FacilitatorKind.PeerSupporter when peer is not null && peer.HubId == hubId && peer.CanBeAssigned(today) =>
                new(kind, peer.Id, peer.AccountId, null),
            FacilitatorKind.ExternalIntervisor => new(kind, null, null, command.ExternalRole!.Trim()),
            _ => null,
        };
        if (facilitator is null)
        {
            return Decision.Refuse(
                "facilitator-unknown",
                kind == FacilitatorKind.PeerSupporter
                    ? "Choose a peer supporter from your Hub's register who is available and in date for training."
                    : "Choose a clinician of your Hub."
            );
        }

        return Decision.Accept(
            new GroupSeriesStarted(
                seriesId,
                hubId,
                command.Kind!.Value,
                command.Department.Trim(),
                command.Sector!.Value,
                command.Cadence!.Value,
                command.DurationMinutes,
                facilitator,
                command.ProfessionMix!.Value,
                command.DepartmentMix!.Value,
                command.MinSize,
                command.MaxSize,
                now
            )
        );
    }
}
