using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Api;
using Marten;

namespace Hubs.Web.Features.Privacy;

/// <summary>The ground for destroying a keyworker's personal data.</summary>
public sealed record ShredPersonalData(ShreddingGround? Ground);

public static class ShredPersonalDataEndpoint
{
    /// <summary>
    /// Hub leads only. Destroys the data key of the journey's keyworker (crypto-shredding), which covers
    /// all their journeys, recording it on each of them and in the audit record, as the operator's
    /// <c>erase-keyworker</c> does.
    /// </summary>
    public static RouteHandlerBuilder MapShredPersonalData(this IEndpointRouteBuilder routes) =>
        routes.MapPost("/api/journeys/{id:guid}/shredding", HandleAsync)
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("ShredPersonalData")
            .WithSummary("Destroy the keyworker's data key: their personal data becomes unreadable everywhere; facts remain.")
            .WithTags("Privacy");

    private static async Task<IResult> HandleAsync(
        Guid id, ShredPersonalData request, StaffMember staff, IDocumentSession session, KeyworkerErasure erasure, CancellationToken cancellationToken)
    {
        if (!staff.IsHubLead || request.Ground is null)
        {
            return TypedResults.Problem(title: "Only a hub lead shreds personal data, stating the ground.", statusCode: StatusCodes.Status403Forbidden);
        }

        var journey = await session.LoadAsync<Journey>(id, cancellationToken);
        if (journey is null || journey.HubId != staff.HubId)
        {
            return JourneyProblems.NotFound();
        }

        await erasure.EraseAsync(journey.KeyworkerId, request.Ground.Value, staff.Id, $"hub-lead {staff.Id}", reference: null, cancellationToken);
        return TypedResults.NoContent();
    }
}
