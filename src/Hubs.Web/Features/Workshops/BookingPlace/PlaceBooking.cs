using Hubs.Web.Features.Kernel;
using Hubs.Web.Features.Privacy;
using Marten;

namespace Hubs.Web.Features.Workshops.BookingPlace;

/// <summary>
/// The one way a place is booked (API and the booking page): the keyworker's data key first (their name is sealed
/// with it), the journey whose contact preferences reminders follow, then the write, decided again if someone
/// else booked in between.
/// </summary>
public sealed class PlaceBooking(IDocumentStore store, KeyworkerKeys keys, TimeProvider clock)
{
    public async Task<(AppendOutcome Outcome, Guid PlaceId)> BookAsync(
        Guid keyworkerId,
        Guid workshopId,
        BookPlace command,
        CancellationToken cancellationToken
    )
    {
        await keys.EnsureAsync(keyworkerId, cancellationToken);
        await using var query = store.QuerySession();
        var workshop = workshopId == Guid.Empty ? null : await query.LoadAsync<Workshop>(workshopId, cancellationToken);
        if (workshop is null)
        {
            return (new AppendOutcome(AppendStatus.NotFound), Guid.Empty);
        }

        var journey = await WorkshopStore.ContactJourneyAsync(query, keyworkerId, workshop.HubId, cancellationToken);
        var placeId = Guid.CreateVersion7();
        var outcome = await WorkshopWrites.AsKeyworkerAsync(
            store,
            workshopId,
            _ => true,
            w => BookPlaceDecision.Decide(w, keyworkerId, command, journey, placeId, clock.GetUtcNow()),
            cancellationToken
        );
        return (outcome, placeId);
    }
}
