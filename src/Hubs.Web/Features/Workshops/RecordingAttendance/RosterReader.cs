using Hubs.Web.Features.Kernel;
using Marten;

namespace Hubs.Web.Features.Workshops.RecordingAttendance;

/// <summary>
/// The roster of one workshop for its Hub's staff: each place with its holder's name, unsealed from the booking
/// (a shredded name reads as "Name removed"; a shredded score is marked erased, never read as unanswered). Names are
/// shown only; never logged, stored elsewhere or published. Each read is audited (<see cref="RosterRead"/>) before the
/// roster is returned; if that fails the read fails.
/// </summary>
public static class RosterReader
{
    public static async Task<WorkshopRoster?> ReadAsync(
        IDocumentSession session,
        Guid workshopId,
        StaffMember me,
        string what,
        DateTimeOffset now,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(me);
        var workshop = await session.LoadAsync<Workshop>(workshopId, cancellationToken);
        if (workshop is null || workshop.HubId != me.HubId)
        {
            return null;
        }

        session.Store(
            new RosterRead(
                Guid.CreateVersion7(),
                workshop.Id,
                workshop.Title,
                workshop.HubId,
                me.Id,
                me.Role,
                now,
                what,
                [.. workshop.Places.Select(p => p.Id)]
            )
        );
        await session.SaveChangesAsync(cancellationToken);

        var events = await session.Events.FetchStreamAsync(workshopId, token: cancellationToken);
        var names = events
            .Select(e => e.Data)
            .OfType<WorkshopPlaceBooked>()
            .ToDictionary(b => b.PlaceId, b => b.Name.Value ?? "Name removed");
        return new WorkshopRoster(
            StaffWorkshop.Of(workshop),
            [
                .. workshop
                    .Places.OrderBy(p => p.State == PlaceState.Cancelled)
                    .ThenBy(p => p.BookedAt)
                    .Select(p => new RosterPlace(
                        p.Id,
                        names.GetValueOrDefault(p.Id, "Name removed"),
                        p.Sector,
                        p.State,
                        p.Before?.Value,
                        p.After?.Value,
                        [.. workshop.Calls.Where(c => c.PlaceId == p.Id).OrderBy(c => c.StartsAt)]
                    )
                    {
                        BeforeErased = p.Before is { IsShredded: true },
                        AfterErased = p.After is { IsShredded: true },
                    }),
            ]
        );
    }
}
