using Hubs.ServiceDefaults.Validation;
using Hubs.Web.Features.Journeys.Access;
using Marten;

namespace Hubs.Web.Features.Journeys.AllocatingClinician;

public static class AllocateClinicianEndpoint
{
    public static RouteHandlerBuilder MapAllocateClinician(this IEndpointRouteBuilder routes) =>
        routes
            .MapPost(
                "/api/journeys/{id:guid}/allocation",
                async (
                    Guid id,
                    AllocateClinician command,
                    StaffMember staff,
                    HttpContext http,
                    TimeProvider clock,
                    IDocumentSession session
                ) =>
                {
                    if (!staff.IsHubLead)
                    {
                        return TypedResults.Problem(
                            title: "Only a hub lead allocates clinicians.",
                            statusCode: StatusCodes.Status403Forbidden
                        );
                    }

                    var wishes = await StoredWishes.MetByAsync(session, id, command.ClinicianId, http.RequestAborted);
                    return await JourneyWrites.DecideAndAppendAsync(id, http, journey =>
                        AllocateClinicianDecision.Decide(journey, command, staff.Id, clock.GetUtcNow(), wishes)
                    );
                }
            )
            .Validate<AllocateClinician>()
            .DescribesWrite<JourneyWritten>()
            .WithName("AllocateClinician")
            .WithSummary("A hub lead allocates the assessed journey to a clinician; it joins the waiting list.")
            .WithTags("Journeys");
}
