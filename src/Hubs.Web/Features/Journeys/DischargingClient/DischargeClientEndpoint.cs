using Hubs.ServiceDefaults.Validation;
using Hubs.Web.Features.Journeys.Access;

namespace Hubs.Web.Features.Journeys.DischargingClient;

public static class DischargeClientEndpoint
{
    public static RouteHandlerBuilder MapDischargeClient(this IEndpointRouteBuilder routes) =>
        routes
            .MapPost(
                "/api/journeys/{id:guid}/discharge",
                (Guid id, DischargeClient command, StaffMember staff, HttpContext http, TimeProvider clock) =>
                    JourneyWrites.DecideAndAppendAsync(id, http, journey =>
                        DischargeClientDecision.Decide(journey, command, staff.Id, clock.GetUtcNow())
                    )
            )
            .Validate<DischargeClient>()
            .DescribesWrite<JourneyWritten>()
            .WithName("DischargeClient")
            .WithSummary("Discharge the client: completed, dropped out, declined, moved on or no contact.")
            .WithTags("Journeys");
}
