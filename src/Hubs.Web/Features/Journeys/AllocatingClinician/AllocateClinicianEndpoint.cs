using Hubs.ServiceDefaults.Validation;
using Hubs.Web.Features.Journeys.Access;

namespace Hubs.Web.Features.Journeys.AllocatingClinician;

public static class AllocateClinicianEndpoint
{
    public static RouteHandlerBuilder MapAllocateClinician(this IEndpointRouteBuilder routes) =>
        routes
            .MapPost(
                "/api/journeys/{id:guid}/allocation",
                (Guid id, AllocateClinician command, StaffMember staff, HttpContext http, TimeProvider clock) =>
                    staff.IsHubLead
                        ? JourneyWrites.DecideAndAppendAsync(id, http, journey =>
                            AllocateClinicianDecision.Decide(journey, command, staff.Id, clock.GetUtcNow())
                        )
                        : Task.FromResult<IResult>(
                            TypedResults.Problem(
                                title: "Only a hub lead allocates clinicians.",
                                statusCode: StatusCodes.Status403Forbidden
                            )
                        )
            )
            .Validate<AllocateClinician>()
            .DescribesWrite<JourneyWritten>()
            .WithName("AllocateClinician")
            .WithSummary("A hub lead allocates the assessed journey to a clinician; it joins the waiting list.")
            .WithTags("Journeys");
}
