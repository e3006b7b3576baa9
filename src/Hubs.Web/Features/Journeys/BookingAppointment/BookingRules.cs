using Hubs.Web.Features.Journeys.ChangingContactPreferences;
using Hubs.Web.Features.Journeys.ContactRules;
using Hubs.Web.Features.Journeys.Events;

namespace Hubs.Web.Features.Journeys.BookingAppointment;

/// <summary>An appointment already in the Hub's diary: whose, with whom, when and how long.</summary>
public sealed record BusySlot(
    Guid AppointmentId,
    Guid KeyworkerId,
    Guid ClinicianId,
    DateTimeOffset StartsAt,
    int DurationMinutes
)
{
    public bool Overlaps(DateTimeOffset startsAt, int minutes) =>
        StartsAt < startsAt.AddMinutes(minutes) && startsAt < StartsAt.AddMinutes(DurationMinutes);
}

/// <summary>
/// What a booking is checked against besides the journey: the booked appointments of the clinician and of
/// the keyworker (all their journeys in the Hub), the keyworker's contact preferences and the Hub's time zone.
/// </summary>
public sealed record BookingContext(IReadOnlyList<BusySlot> Busy, ContactPreferences? Preferences, TimeZoneInfo Zone)
{
    public static readonly BookingContext None = new([], null, TimeZoneInfo.Utc);
}

/// <summary>
/// The diary's safety rules (pure). A clash for the clinician or the keyworker is refused. A time outside the
/// keyworker's safe times, or a phone appointment for someone who did not allow phone contact, is a warning the
/// booker must confirm (they may have agreed it with the keyworker).
/// </summary>
public static class BookingRules
{
    /// <summary>
    /// Every diary rule on one appointment's time, the same for booking and moving it: a clash refused even when
    /// confirmed, then warnings refused until confirmed. <paramref name="moving"/> is the appointment being moved,
    /// which never clashes with its own old time. Null when the time may be booked.
    /// </summary>
    public static Decision? Check(
        BookingContext context,
        Guid keyworkerId,
        Guid clinicianId,
        DateTimeOffset startsAt,
        int minutes,
        ContactMode mode,
        bool confirmWarnings,
        Guid? moving = null
    )
    {
        if (Clash(context, keyworkerId, clinicianId, startsAt, minutes, moving) is { } clash)
        {
            return new Decision([], clash);
        }

        return !confirmWarnings && Warnings(context, startsAt, minutes, mode) is { Count: > 0 } warnings
            ? Decision.Refuse(
                "confirm-warnings",
                "Check before booking: " + string.Join(" ", warnings) + " Confirm to book anyway."
            )
            : null;
    }

    public static Refusal? Clash(
        BookingContext context,
        Guid keyworkerId,
        Guid clinicianId,
        DateTimeOffset startsAt,
        int minutes,
        Guid? moving = null
    )
    {
        ArgumentNullException.ThrowIfNull(context);
        var overlapping = context.Busy.Where(b => b.AppointmentId != moving && b.Overlaps(startsAt, minutes)).ToList();
        if (overlapping.Any(b => b.ClinicianId == clinicianId))
        {
            return new Refusal(
                "clinician-double-booked",
                "The clinician already has an appointment at that time. Choose another time or clinician."
            );
        }

        return overlapping.Any(b => b.KeyworkerId == keyworkerId)
            ? new Refusal(
                "client-double-booked",
                "The keyworker already has an appointment at that time. Choose another time."
            )
            : null;
    }

    public static IReadOnlyList<string> Warnings(
        BookingContext context,
        DateTimeOffset startsAt,
        int minutes,
        ContactMode mode
    )
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Preferences is not { } preferences)
        {
            return [];
        }

        var warnings = new List<string>();
        if (!SafeWindows.Contains(preferences.SafeTimes, startsAt, startsAt.AddMinutes(minutes), context.Zone))
        {
            warnings.Add("The time is outside the times the keyworker said are safe to contact them.");
        }

        if (mode == ContactMode.Phone && !preferences.Allows(ContactChannel.Phone))
        {
            warnings.Add(
                "The keyworker did not allow phone calls, so a phone appointment contradicts their contact choice."
            );
        }

        return warnings;
    }
}
