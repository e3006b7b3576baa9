using Hubs.ServiceDefaults.Validation;
using Hubs.Web.Features.Kernel;
using Marten;

namespace Hubs.Web.Features.Workshops.AnsweringWorkshopMeasure;

/// <summary>The keyworker answers the workshop's brief measure on their own place (someone else's is a 404).</summary>
public static class MeasureEndpoints
{
    public static IEndpointRouteBuilder MapAnsweringWorkshopMeasure(this IEndpointRouteBuilder keyworker)
    {
        keyworker
            .MapPost(
                "/api/keyworker/workshops/{id:guid}/places/{placeId:guid}/measures",
                async (
                    Guid id,
                    Guid placeId,
                    AnswerWorkshopMeasure command,
                    KeyworkerCaller me,
                    IDocumentStore store,
                    TimeProvider clock,
                    HttpContext http
                ) =>
                    WorkshopWrites.Answer(
                        http,
                        await AnswerAsync(store, me, id, placeId, command, clock, http.RequestAborted),
                        version => new WorkshopWritten(id, version, placeId)
                    )
            )
            .Validate<AnswerWorkshopMeasure>()
            .DescribesWrite<WorkshopWritten>()
            .WithName("AnswerWorkshopMeasure")
            .WithTags("Workshops");
        return keyworker;
    }

    /// <summary>The one way the measure is answered (API and the questions page).</summary>
    public static Task<AppendOutcome> AnswerAsync(
        IDocumentStore store,
        KeyworkerCaller me,
        Guid workshopId,
        Guid placeId,
        AnswerWorkshopMeasure command,
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
            w => AnswerWorkshopMeasureDecision.Decide(w, placeId, command, clock.GetUtcNow()),
            cancellationToken
        );
    }
}
