using Hubs.ServiceDefaults.Validation;
using Hubs.Web.Features.Journeys.Access;

namespace Hubs.Web.Features.Journeys.CompletingAssessment;

public static class CompleteAssessmentEndpoint
{
    public static RouteHandlerBuilder MapCompleteAssessment(this IEndpointRouteBuilder routes) =>
        routes
            .MapPost(
                "/api/journeys/{id:guid}/assessment",
                (Guid id, CompleteAssessment command, StaffMember staff, HttpContext http, TimeProvider clock) =>
                    JourneyWrites.DecideAndAppendAsync(id, http, journey =>
                        CompleteAssessmentDecision.Decide(journey, command, staff.Id, clock.GetUtcNow())
                    )
            )
            .Validate<CompleteAssessment>()
            .DescribesWrite<JourneyWritten>()
            .WithName("CompleteAssessment")
            .WithSummary("Record the assessment: formulation, agreed plan, intervention and baseline PHQ-9/GAD-7.")
            .WithTags("Journeys");
}
