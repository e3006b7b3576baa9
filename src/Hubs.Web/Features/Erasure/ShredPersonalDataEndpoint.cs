using Hubs.Web.Features.Audit;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Privacy;

namespace Hubs.Web.Features.Erasure;

/// <summary>The ground for destroying a keyworker's personal data.</summary>
public sealed record ShredPersonalData(ShreddingGround? Ground);

public static class ShredPersonalDataEndpoint
{
    /// <summary>
    /// Hub leads only, on their own Hub's journeys. Destroys this journey's data key (crypto-shredding),
    /// recording it on the journey and in the audit record. The keyworker's other journeys (a re-referral,
    /// or a journey in another Hub) keep theirs: one Hub never destroys another's record; erasing a whole
    /// person is the operator's <c>erase-keyworker</c> (ops/runbooks/erasure-request.md).
    /// </summary>
    public static RouteHandlerBuilder MapShredPersonalData(this IEndpointRouteBuilder routes) =>
        routes
            .MapPost("/api/journeys/{id:guid}/shredding", HandleAsync)
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("ShredPersonalData")
            .WithSummary(
                "Destroy the keyworker's data key: their personal data becomes unreadable everywhere; facts remain."
            )
            .WithTags("Privacy");

    private static async Task<IResult> HandleAsync(
        Guid id,
        ShredPersonalData request,
        HttpContext http,
        StaffMember staff,
        KeyworkerErasure erasure,
        CancellationToken cancellationToken
    )
    {
        if (!staff.IsHubLead || request.Ground is null)
        {
            return TypedResults.Problem(
                title: "Only a hub lead shreds personal data, stating the ground.",
                statusCode: StatusCodes.Status403Forbidden
            );
        }

        var (journey, refused) = await AuditedRead.OpenAsync(http, id, "shredding");
        if (journey is null)
        {
            return refused!;
        }

        await erasure.EraseJourneyAsync(
            journey,
            request.Ground.Value,
            staff.Id,
            $"hub-lead {staff.Id}",
            reference: null,
            cancellationToken
        );
        return TypedResults.NoContent();
    }
}
