using Hubs.ServiceDefaults.Validation;
using Hubs.Web.Features.Journeys.Access;

namespace Hubs.Web.Features.Journeys.RecordingSession;

public static class RecordSessionEndpoint
{
    public static RouteHandlerBuilder MapRecordSession(this IEndpointRouteBuilder routes) =>
        routes
            .MapPost(
                "/api/journeys/{id:guid}/sessions",
                (Guid id, RecordSession command, StaffMember staff, HttpContext http, TimeProvider clock) =>
                    JourneyWrites.DecideAndAppendAsync(id, http, journey =>
                        RecordSessionDecision.Decide(journey, command, staff.Id, clock.GetUtcNow())
                    )
            )
            .Validate<RecordSession>()
            .DescribesWrite<JourneyWritten>()
            .WithName("RecordSession")
            .WithSummary("Record a treatment session held at an attended appointment, with PHQ-9 and GAD-7 totals.")
            .WithTags("Journeys");
}
