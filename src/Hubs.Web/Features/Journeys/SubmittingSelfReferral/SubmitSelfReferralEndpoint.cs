using Hubs.ServiceDefaults.Validation;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hubs.Web.Features.Journeys.SubmittingSelfReferral;

public static class SubmitSelfReferralEndpoint
{
    public static RouteHandlerBuilder MapSubmitSelfReferral(this IEndpointRouteBuilder routes) =>
        routes.MapPost("/api/journeys", HandleAsync)
            .Validate<SubmitSelfReferral>()
            .WithName("SubmitSelfReferral")
            .WithSummary("A keyworker refers themselves to a Hub; starts the journey's event stream.")
            .WithTags("Journeys");

    private static async Task<Created<SubmittedJourney>> HandleAsync(
        SubmitSelfReferral command,
        IDocumentSession session,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var journeyId = Guid.CreateVersion7();
        var submitted = SubmitSelfReferralDecision.Decide(command, journeyId, clock.GetUtcNow());
        session.Events.StartStream<Journey>(journeyId, submitted);
        await session.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/journeys/{journeyId}", new SubmittedJourney(journeyId, JourneyStatus.Submitted));
    }
}
