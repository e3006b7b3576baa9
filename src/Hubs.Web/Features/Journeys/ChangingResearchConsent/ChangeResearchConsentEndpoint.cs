using Hubs.ServiceDefaults.Validation;
using Hubs.Web.Features.Journeys.Access;

namespace Hubs.Web.Features.Journeys.ChangingResearchConsent;

public static class ChangeResearchConsentEndpoint
{
    /// <summary>The keyworker's own journey only, at any time.</summary>
    public static RouteHandlerBuilder MapChangeResearchConsent(this IEndpointRouteBuilder routes) =>
        routes
            .MapPost(
                "/api/journeys/{id:guid}/research-consent",
                (
                    Guid id,
                    ChangeResearchConsent command,
                    KeyworkerCaller keyworker,
                    HttpContext http,
                    TimeProvider clock
                ) =>
                    JourneyWrites.DecideAndAppendAsync(id, http, journey =>
                        ChangeResearchConsentDecision.Decide(journey, command, clock.GetUtcNow())
                    )
            )
            .Validate<ChangeResearchConsent>()
            .DescribesWrite<JourneyWritten>()
            .WithName("ChangeResearchConsent")
            .WithSummary("The keyworker gives or withdraws consent to be contacted about research, at any time.")
            .WithTags("Journeys");
}
