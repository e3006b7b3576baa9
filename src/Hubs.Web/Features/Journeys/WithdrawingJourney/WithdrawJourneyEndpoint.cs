using Hubs.ServiceDefaults.Validation;
using Hubs.Web.Features.Journeys.Api;

namespace Hubs.Web.Features.Journeys.WithdrawingJourney;

public static class WithdrawJourneyEndpoint
{
    /// <summary>The keyworker's own action: no staff identity (keyworker sign-in arrives with [identity]).</summary>
    public static RouteHandlerBuilder MapWithdrawJourney(this IEndpointRouteBuilder routes) =>
        routes.MapPost("/api/journeys/{id:guid}/withdrawal", (Guid id, WithdrawJourney command, HttpContext http, TimeProvider clock) =>
                JourneyWrites.DecideAndAppendAsync(id, http, null, journey => WithdrawJourneyDecision.Decide(journey, command, clock.GetUtcNow())))
            .Validate<WithdrawJourney>()
            .DescribesWrite<JourneyWritten>()
            .WithName("WithdrawJourney")
            .WithSummary("The keyworker withdraws from the service; allowed at any point before the journey ends.")
            .WithTags("Journeys");
}
