using Hubs.Web.Features.Kernel;

namespace Hubs.Web.Features.Workshops.BookingCoachingCall;

/// <summary>
/// Follow-up coaching is optional and one-to-one: whoever attended may book up to
/// <see cref="CallsPerPlace"/> calls, each in a slot the Hub offers; the clinician records a call as held once it
/// has started.
/// </summary>
public static class CoachingDecisions
{
    public const int CallsPerPlace = 2;

    public static Decision Book(Workshop workshop, Guid placeId, FreeCoachingSlot slot, Guid callId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        ArgumentNullException.ThrowIfNull(slot);
        if (workshop.Place(placeId) is not { State: PlaceState.Attended })
        {
            return Decision.Refuse(
                "coaching-not-open",
                "Coaching calls open once the Hub has recorded that you came to the workshop."
            );
        }

        if (workshop.Calls.Count(c => c.PlaceId == placeId) >= CallsPerPlace)
        {
            return Decision.Refuse("coaching-limit", $"You have booked the {CallsPerPlace} coaching calls offered.");
        }

        return slot.StartsAt <= now
            ? Decision.Refuse("slot-passed", "That time has passed. Choose another one.")
            : Decision.Accept(
                new CoachingCallBooked(
                    workshop.Id,
                    placeId,
                    callId,
                    slot.ClinicianId,
                    slot.StartsAt,
                    slot.DurationMinutes,
                    now
                )
            );
    }

    public static Decision RecordHeld(Workshop workshop, Guid callId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        return workshop.Calls.FirstOrDefault(c => c.Id == callId) switch
        {
            null => Decision.Refuse("no-such-call", "There is no such coaching call on this workshop."),
            { Held: true } => Decision.Refuse("call-recorded", "This coaching call is already recorded as held."),
            { StartsAt: var startsAt } when startsAt > now => Decision.Refuse(
                "call-not-started",
                "A coaching call is recorded as held once it has started."
            ),
            _ => Decision.Accept(new CoachingCallHeld(workshop.Id, callId, now)),
        };
    }
}
