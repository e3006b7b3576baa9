using Hubs.Web.Features.Kernel;
using Marten;

namespace Hubs.Web.Features.Workshops.BrowsingWorkshops;

/// <summary>
/// Workshops still to come, for anyone (no sign-in, no names: counts of free places only); and a signed-in
/// keyworker's own places.
/// </summary>
public static class BrowsingEndpoints
{
    public static void MapBrowsingWorkshops(IEndpointRouteBuilder anyone, IEndpointRouteBuilder keyworker)
    {
        anyone
            .MapGet("/api/public/workshops", async (IQuerySession session, TimeProvider clock, CancellationToken ct) =>
                TypedResults.Ok(
                    (await WorkshopStore.UpcomingAsync(session, clock.GetUtcNow(), ct)).Select(OpenWorkshop.Of).ToList()
                )
            )
            .AllowAnonymous()
            .WithName("OpenWorkshops")
            .WithTags("Workshops")
            .WithSummary("Workshops still to come in every Hub, with the sectors they are open to and free places.");
        keyworker
            .MapGet(
                "/api/keyworker/workshops",
                async (KeyworkerCaller me, IQuerySession session, CancellationToken ct) =>
                    TypedResults.Ok(await OwnPlacesAsync(session, me, ct))
            )
            .WithName("OwnWorkshopPlaces")
            .WithTags("Workshops")
            .WithSummary("The calling keyworker's own workshop places, soonest first.");
    }

    /// <summary>The keyworker's places (the API and "Your workshops"), cancelled ones left out.</summary>
    public static async Task<List<OwnPlace>> OwnPlacesAsync(
        IQuerySession session,
        KeyworkerCaller me,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(me);
        var workshops = await WorkshopStore.OfKeyworkerAsync(session, me.Id, cancellationToken);
        return
        [
            .. workshops.SelectMany(w =>
                w.Places.Where(p => p.KeyworkerId == me.Id && p.State != PlaceState.Cancelled)
                    .Select(p => OwnPlace.Of(w, p))
            ),
        ];
    }
}
