using Hubs.Web.Features.Kernel;
using Hubs.Web.Features.Privacy;

namespace Hubs.Web.Features.Workshops.BookingPlace;

/// <summary>
/// A place is booked before the workshop starts, by a keyworker of a sector it is open to, once each, while a
/// place is free. Two keyworkers taking the last place at once both decide on the same version; Marten lets one
/// commit, and the other decides again on the new version and is told the workshop is full.
/// </summary>
public static class BookPlaceDecision
{
    public static Decision Decide(
        Workshop workshop,
        Guid keyworkerId,
        BookPlace command,
        Guid? contactJourneyId,
        Guid placeId,
        DateTimeOffset now
    )
    {
        ArgumentNullException.ThrowIfNull(workshop);
        ArgumentNullException.ThrowIfNull(command);
        if (workshop.Held || workshop.StartsAt <= now)
        {
            return Decision.Refuse("workshop-started", "This workshop has already started, so it cannot be booked.");
        }

        if (!workshop.Sectors.Contains(command.Sector!.Value))
        {
            return Decision.Refuse(
                "sector-not-open",
                "This workshop is not open to keyworkers in your sector. Look for another one on the list."
            );
        }

        if (workshop.PlaceOf(keyworkerId) is not null)
        {
            return Decision.Refuse("already-booked", "You already have a place on this workshop.");
        }

        if (workshop.FreePlaces == 0)
        {
            return Decision.Refuse("workshop-full", "Sorry, this workshop is full: every place has been taken.");
        }

        return Decision.Accept(
            new WorkshopPlaceBooked(
                workshop.Id,
                placeId,
                keyworkerId,
                Personal.Of(keyworkerId, command.Name.Trim()),
                command.Sector.Value,
                contactJourneyId,
                now
            )
        );
    }
}
