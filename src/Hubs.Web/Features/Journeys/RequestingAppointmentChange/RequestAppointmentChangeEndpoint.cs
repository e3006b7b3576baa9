using Hubs.ServiceDefaults.Validation;
using Hubs.Web.Features.Journeys.Access;

namespace Hubs.Web.Features.Journeys.RequestingAppointmentChange;

public static class RequestAppointmentChangeEndpoint
{
    /// <summary>
    /// The keyworker's own request, on their own journey only; the Hub acts on it with reschedule or cancellation.
    /// </summary>
    public static RouteHandlerBuilder MapRequestAppointmentChange(this IEndpointRouteBuilder routes) =>
        routes
            .MapPost(
                "/api/journeys/{id:guid}/appointments/{appointmentId:guid}/change-request",
                (
                    Guid id,
                    Guid appointmentId,
                    RequestAppointmentChange command,
                    KeyworkerCaller keyworker,
                    HttpContext http,
                    TimeProvider clock
                ) =>
                    JourneyWrites.DecideAndAppendAsync(id, http, journey =>
                        RequestAppointmentChangeDecision.Decide(journey, appointmentId, command, clock.GetUtcNow())
                    )
            )
            .Validate<RequestAppointmentChange>()
            .DescribesWrite<JourneyWritten>()
            .WithName("RequestAppointmentChange")
            .WithSummary(
                "The keyworker asks the Hub for a different time or to "
                    + "cancel a booked appointment; staff see it on the journey."
            )
            .WithTags("Journeys");
}
