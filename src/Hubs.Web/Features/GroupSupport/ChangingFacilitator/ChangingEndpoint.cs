namespace Hubs.Web.Features.GroupSupport.ChangingFacilitator;

/// <summary>The Hub's lead changes who facilitates a series of their Hub (another Hub's is not found).</summary>
public static class ChangingEndpoint
{
    public static IEndpointRouteBuilder MapChangingFacilitator(this IEndpointRouteBuilder lead)
    {
        lead.MapHubWrite<ChangeFacilitator, GroupSeries, GroupSeriesWritten>(
                "/api/group-series/{id:guid}/facilitator",
                s => s.HubId,
                async (command, at) =>
                {
                    var (isClinician, peer) = await FacilitatorChoice.CandidateAsync(
                        at.Session,
                        command,
                        at.Staff.HubId,
                        at.Cancellation
                    );
                    return s => ChangeFacilitatorDecision.Decide(s, command, isClinician, peer, at.Today, at.Now);
                },
                (id, version) => new GroupSeriesWritten(id, version)
            )
            .WithName("ChangeGroupFacilitator")
            .WithTags("Group series");
        return lead;
    }
}
