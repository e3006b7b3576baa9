using Hubs.ServiceDefaults.Validation;
using Hubs.Web.Features.Journeys.Access;

namespace Hubs.Web.Features.Journeys.WithdrawingJourney;

public static class WithdrawJourneyEndpoint
{
    /// <summary>
    /// The keyworker's own action, on their own journey only (anyone else's does not exist for them).
    /// </summary>
    public static RouteHandlerBuilder MapWithdrawJourney(this IEndpointRouteBuilder routes) =>
        routes
            .MapPost(
                "/api/journeys/{id:guid}/withdrawal",
                (Guid id, WithdrawJourney command, KeyworkerCaller keyworker, HttpContext http, TimeProvider clock) =>
                    JourneyWrites.DecideAndAppendAsync(id, http, journey =>
                        WithdrawJourneyDecision.Decide(journey, command, clock.GetUtcNow())
                    )
            )
            .Validate<WithdrawJourney>()
            .DescribesWrite<JourneyWritten>()
            .WithName("WithdrawJourney")
            .WithSummary("The keyworker withdraws from the service; allowed at any point before the journey ends.")
            .WithTags("Journeys");
}
