using Hubs.Web.Features.AdverseEvents;
using Hubs.Web.Features.Kernel;

namespace Hubs.Web.Features.GroupSupport.StartingGroupSeries;

/// <summary>A series starts with a facilitator the Hub may choose (<see cref="FacilitatorChoice"/>).</summary>
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
        var (facilitator, refusal) = FacilitatorChoice.Check(command, hubId, facilitatorIsHubClinician, peer, today);
        if (refusal is not null)
        {
            return new Decision([], refusal);
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
                facilitator!,
                command.ProfessionMix!.Value,
                command.DepartmentMix!.Value,
                command.MinSize,
                command.MaxSize,
                now
            )
        );
    }
}
