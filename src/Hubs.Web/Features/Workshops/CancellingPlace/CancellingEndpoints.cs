using Hubs.Web.Features.Kernel;
using Marten;

namespace Hubs.Web.Features.Workshops.CancellingPlace;

/// <summary>A keyworker cancels their own place; someone else's place, or none, is not found (404).</summary>
public static class CancellingEndpoints
{
    public static IEndpointRouteBuilder MapCancellingPlace(this IEndpointRouteBuilder keyworker)
    {
        keyworker
            .MapPost(
                "/api/keyworker/workshops/{id:guid}/places/{placeId:guid}/cancellation",
                async (
                    Guid id,
                    Guid placeId,
                    KeyworkerCaller me,
                    IDocumentStore store,
                    TimeProvider clock,
                    HttpContext http
                ) =>
                    WorkshopWrites.Answer(
                        http,
                        await CancelAsync(store, me, id, placeId, clock, http.RequestAborted),
                        version => new WorkshopWritten(id, version, placeId)
                    )
            )
            .DescribesWrite<WorkshopWritten>()
            .WithName("CancelWorkshopPlace")
            .WithTags("Workshops");
        return keyworker;
    }

    /// <summary>The one way a place is cancelled (API and "Your workshops").</summary>
    public static Task<AppendOutcome> CancelAsync(
        IDocumentStore store,
        KeyworkerCaller me,
        Guid workshopId,
        Guid placeId,
        TimeProvider clock,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(me);
        ArgumentNullException.ThrowIfNull(clock);
        return WorkshopWrites.AsKeyworkerAsync(
            store,
            workshopId,
            w => w.Place(placeId)?.KeyworkerId == me.Id,
            w => CancelPlaceDecision.Decide(w, placeId, clock.GetUtcNow()),
            cancellationToken
        );
    }
}
