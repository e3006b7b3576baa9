using Hubs.Web.Features.Kernel;
using Hubs.Web.Features.Shared;
using Marten;

namespace Hubs.Web.Features.Workshops.BookingCoachingCall;

/// <summary>
/// The one way a coaching call is booked (API and page): only in a slot offered now, on the keyworker's own place.
/// </summary>
public sealed class CoachingBooking(IDocumentStore store, ClinicClock times)
{
    public async Task<(AppendOutcome Outcome, Guid CallId)> BookAsync(
        KeyworkerCaller me,
        Guid workshopId,
        Guid placeId,
        BookCoachingCall command,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(me);
        ArgumentNullException.ThrowIfNull(command);
        await using var query = store.QuerySession();
        var workshop = workshopId == Guid.Empty ? null : await query.LoadAsync<Workshop>(workshopId, cancellationToken);
        if (workshop?.Place(placeId)?.KeyworkerId != me.Id)
        {
            return (new AppendOutcome(AppendStatus.NotFound), Guid.Empty);
        }

        var slot = (await CoachingSlots.ReadAsync(query, workshop, times, cancellationToken)).FirstOrDefault(s =>
            s.ClinicianId == command.ClinicianId && s.StartsAt == command.StartsAt
        );
        if (slot is null)
        {
            var refusal = new Refusal("slot-not-offered", "That time is no longer free. Choose another one.");
            return (new AppendOutcome(AppendStatus.Refused, workshop.Version, refusal), Guid.Empty);
        }

        var callId = Guid.CreateVersion7();
        var outcome = await WorkshopWrites.AsKeyworkerAsync(
            store,
            workshopId,
            w => w.Place(placeId)?.KeyworkerId == me.Id,
            w => CoachingDecisions.Book(w, placeId, slot, callId, times.Now),
            cancellationToken
        );
        return (outcome, callId);
    }
}
