using Hubs.ServiceDefaults.Validation;
using Hubs.Web.Features.Kernel;

namespace Hubs.Web.Features.Workshops.BookingPlace;

/// <summary>
/// A signed-in keyworker books a place for themselves. No If-Match: the place is decided on the workshop as it
/// stands, and of two keyworkers taking the last place at once one is answered 422 <c>workshop-full</c>.
/// </summary>
public static class BookingEndpoints
{
    public static IEndpointRouteBuilder MapBookingPlace(this IEndpointRouteBuilder keyworker)
    {
        keyworker
            .MapPost(
                "/api/keyworker/workshops/{id:guid}/places",
                async (Guid id, BookPlace command, KeyworkerCaller me, PlaceBooking booking, HttpContext http) =>
                {
                    var (outcome, placeId) = await booking.BookAsync(me.Id, id, command, http.RequestAborted);
                    return WorkshopWrites.Answer(http, outcome, version => new WorkshopWritten(id, version, placeId));
                }
            )
            .Validate<BookPlace>()
            .DescribesWrite<WorkshopWritten>()
            .WithName("BookWorkshopPlace")
            .WithTags("Workshops");
        return keyworker;
    }
}
