using Hubs.ServiceDefaults.Validation;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Journeys.ReferringOn;
using Marten;

namespace Hubs.Web.Features.Journeys.DischargingClient;

public static class DischargeClientEndpoint
{
    public static RouteHandlerBuilder MapDischargeClient(this IEndpointRouteBuilder routes) =>
        routes
            .MapPost(
                "/api/journeys/{id:guid}/discharge",
                async (
                    Guid id,
                    DischargeClient command,
                    StaffMember staff,
                    HttpContext http,
                    IDocumentSession session,
                    TimeProvider clock
                ) =>
                {
                    var where = await OnwardChoices.LoadAsync(session, command.MovedOnTo, http.RequestAborted);
                    return await JourneyWrites.DecideAndAppendAsync(id, http, journey =>
                        DischargeClientDecision.Decide(journey, command, staff.Id, clock.GetUtcNow(), where)
                    );
                }
            )
            .Validate<DischargeClient>()
            .DescribesWrite<JourneyWritten>()
            .WithName("DischargeClient")
            .WithSummary("Discharge the client: completed, dropped out, declined, moved on or no contact.")
            .WithTags("Journeys");
}
