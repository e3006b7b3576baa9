using Hubs.ServiceDefaults.Validation;
using Hubs.Web.Features.Journeys.Access;

namespace Hubs.Web.Features.Journeys.CompletingScreening;

public static class CompleteScreeningEndpoint
{
    /// <summary>
    /// Open to the keyworker on their own journey and to a clinician of the Hub taking answers by
    /// phone; the questionnaire engine calls the same decision with totals it has scored.
    /// </summary>
    public static RouteHandlerBuilder MapCompleteScreening(this IEndpointRouteBuilder routes) =>
        routes
            .MapPost(
                "/api/journeys/{id:guid}/screening",
                (Guid id, CompleteScreening command, HttpContext http, TimeProvider clock) =>
                    JourneyWrites.DecideAndAppendAsync(id, http, journey =>
                        CompleteScreeningDecision.Decide(journey, command, clock.GetUtcNow())
                    )
            )
            .Validate<CompleteScreening>()
            .DescribesWrite<JourneyWritten>()
            .WithName("CompleteScreening")
            .WithSummary(
                "Record the screening totals and risk level; a raised risk goes to the top of the triage queue."
            )
            .WithTags("Journeys");
}
