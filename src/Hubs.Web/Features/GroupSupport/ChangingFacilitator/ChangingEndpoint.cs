using Hubs.ServiceDefaults.Validation;
using Hubs.Web.Features.AdverseEvents;
using Hubs.Web.Features.Shared;
using Marten;

namespace Hubs.Web.Features.GroupSupport.ChangingFacilitator;

/// <summary>The Hub's lead changes who facilitates a series of their Hub (another Hub's is not found).</summary>
public static class ChangingEndpoint
{
    public static IEndpointRouteBuilder MapChangingFacilitator(this IEndpointRouteBuilder lead)
    {
        lead.MapPost("/api/group-series/{id:guid}/facilitator", ChangeAsync)
            .Validate<ChangeFacilitator>()
            .DescribesWrite<GroupSeriesWritten>()
            .WithName("ChangeGroupFacilitator")
            .WithTags("Group series");
        return lead;
    }

    private static async Task<IResult> ChangeAsync(
        Guid id,
        ChangeFacilitator command,
        StaffMember me,
        HttpContext http,
        IQuerySession session,
        ClinicClock clock,
        CancellationToken cancellationToken
    )
    {
        var (isClinician, peer) = await FacilitatorChoice.CandidateAsync(session, command, me.HubId, cancellationToken);
        var today = AdverseEventStore.Today(clock);
        return await GroupSeriesWrites.WriteAsync(id, http, GroupSeriesWrites.SeenBy(me), s =>
            ChangeFacilitatorDecision.Decide(s, command, isClinician, peer, today, clock.Now)
        );
    }
}
