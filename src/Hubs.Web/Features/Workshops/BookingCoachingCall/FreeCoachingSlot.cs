namespace Hubs.Web.Features.Workshops.BookingCoachingCall;

/// <summary>A free slot in a Hub clinician's diary, offered for a coaching call.</summary>
public sealed record FreeCoachingSlot(
    Guid ClinicianId,
    string ClinicianName,
    DateTimeOffset StartsAt,
    int DurationMinutes
);
