using Hubs.ServiceDefaults.Validation;
using Hubs.Web.Features.Journeys.Access;

namespace Hubs.Web.Features.Journeys.SteppingCare;

public static class StepInterventionEndpoint
{
    public static RouteHandlerBuilder MapStepIntervention(this IEndpointRouteBuilder routes) =>
        routes
            .MapPost(
                "/api/journeys/{id:guid}/steps",
                (Guid id, StepIntervention command, StaffMember staff, HttpContext http, TimeProvider clock) =>
                    JourneyWrites.DecideAndAppendAsync(id, http, journey =>
                        StepInterventionDecision.Decide(journey, command, staff.Id, clock.GetUtcNow())
                    )
            )
            .Validate<StepIntervention>()
            .DescribesWrite<JourneyWritten>()
            .WithName("StepIntervention")
            .WithSummary("At a review, step the planned intervention up, down or across, with a re-assessment.")
            .WithTags("Journeys");
}
