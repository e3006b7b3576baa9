using Hubs.ServiceDefaults.Validation;
using Hubs.Web.Features.Journeys.Access;

namespace Hubs.Web.Features.Journeys.RecordingWorkOutcomes;

public static class RecordWorkOutcomesEndpoint
{
    public static RouteHandlerBuilder MapRecordWorkOutcomes(this IEndpointRouteBuilder routes) =>
        routes
            .MapPost(
                "/api/journeys/{id:guid}/work-outcomes",
                (Guid id, RecordWorkOutcomes command, StaffMember staff, HttpContext http, TimeProvider clock) =>
                    JourneyWrites.DecideAndAppendAsync(id, http, journey =>
                        RecordWorkOutcomesDecision.Decide(journey, command, staff.Id, clock.GetUtcNow())
                    )
            )
            .Validate<RecordWorkOutcomes>()
            .DescribesWrite<JourneyWritten>()
            .WithName("RecordWorkOutcomes")
            .WithSummary(
                "Record work outcomes at assessment or discharge: sick days (0–28), work status, intention to leave."
            )
            .WithTags("Journeys");
}
