using Hubs.Web.Features.Kernel;

namespace Hubs.Web.Features.Workshops.CancellingPlace;

/// <summary>A keyworker gives up their own booked place before the workshop starts; the place is free again.</summary>
public static class CancelPlaceDecision
{
    public static Decision Decide(Workshop workshop, Guid placeId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        if (workshop.Place(placeId) is not { State: PlaceState.Booked })
        {
            return Decision.Refuse("place-not-booked", "This place is no longer booked.");
        }

        return workshop.Held || workshop.StartsAt <= now
            ? Decision.Refuse("workshop-started", "The workshop has already started, so the place cannot be cancelled.")
            : Decision.Accept(new WorkshopPlaceCancelled(workshop.Id, placeId, now));
    }
}
