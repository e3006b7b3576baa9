using Hubs.ServiceDefaults.Validation;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Journeys.ReadModels;
using Hubs.Web.Features.Privacy;
using Marten;

namespace Hubs.Web.Features.Journeys.SubmittingSelfReferral;

public static class SubmitSelfReferralEndpoint
{
    public static RouteHandlerBuilder MapSubmitSelfReferral(this IEndpointRouteBuilder routes) =>
        routes
            .MapPost("/api/journeys", HandleAsync)
            .Validate<SubmitSelfReferral>()
            .Produces<SubmittedJourney>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithName("SubmitSelfReferral")
            .RequireRateLimiting(SelfReferralRateLimit.Name)
            .WithSummary(
                "The signed-in keyworker refers themselves to a Hub (or again, "
                    + "naming the earlier journey); starts the journey's event stream."
            )
            .WithTags("Journeys");

    private static async Task<IResult> HandleAsync(
        SubmitSelfReferral command,
        KeyworkerCaller keyworker,
        HttpContext http,
        IDocumentSession session,
        KeyworkerKeys keys,
        IHandOverLinks handOvers,
        TimeProvider clock,
        HttpResponse response,
        CancellationToken cancellationToken
    )
    {
        if (command.PreviousJourneyId is { } previousId)
        {
            // Someone else's journey is answered exactly as one that does not exist: nothing can be learnt. The
            // earlier journey is read as the pages read it; nothing is written to it.
            var previous =
                previousId == Guid.Empty
                    ? null
                    : await session.LoadAsync<JourneySummary>(previousId, cancellationToken);
            if (
                previous is not null
                && !AccessModel
                    .For(http)
                    .Admit(JourneyGate.RelationOf(previous, new JourneyCaller(keyworker, null), null, default))
            )
            {
                previous = null;
            }

            if (ReReferralRule.Check(previous) is { } refusal)
            {
                return JourneyProblems.Refused(refusal);
            }
        }

        var journeyId = await SelfReferralStream.StartAsync(
            session,
            keys,
            command,
            clock.GetUtcNow(),
            keyworker.Id,
            cancellationToken
        );
        await SelfReferralStream.LinkHandOverAsync(
            session,
            handOvers,
            command,
            journeyId,
            clock.GetUtcNow(),
            cancellationToken
        );
        await session.SaveChangesAsync(cancellationToken);
        response.Headers.ETag = ETags.Of(1);
        return TypedResults.Created(
            $"/api/journeys/{journeyId}",
            new SubmittedJourney(journeyId, JourneyStatus.Submitted)
        );
    }
}
