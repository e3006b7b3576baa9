using Hubs.ServiceDefaults.Validation;
using Hubs.Web.Features.Journeys.Access;

namespace Hubs.Web.Features.Journeys.GivingExperienceFeedback;

public static class GiveExperienceFeedbackEndpoint
{
    /// <summary>The keyworker's own journey only; once per occasion.</summary>
    public static RouteHandlerBuilder MapGiveExperienceFeedback(this IEndpointRouteBuilder routes) =>
        routes
            .MapPost(
                "/api/journeys/{id:guid}/experience",
                (
                    Guid id,
                    GiveExperienceFeedback command,
                    KeyworkerCaller keyworker,
                    HttpContext http,
                    TimeProvider clock
                ) =>
                    JourneyWrites.DecideAndAppendAsync(id, http, journey =>
                        GiveExperienceFeedbackDecision.Decide(journey, command, clock.GetUtcNow())
                    )
            )
            .Validate<GiveExperienceFeedback>()
            .DescribesWrite<JourneyWritten>()
            .WithName("GiveExperienceFeedback")
            .WithSummary(
                "The keyworker answers the experience questionnaire, once after assessment and once after discharge."
            )
            .WithTags("Journeys");
}
