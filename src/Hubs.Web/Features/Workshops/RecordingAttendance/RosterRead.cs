using Hubs.Web.Features.Kernel;

namespace Hubs.Web.Features.Workshops.RecordingAttendance;

/// <summary>
/// One staff read of a workshop's roster, for the lead's audit view like every read of an identifiable record:
/// who, when, which workshop, from where (page or API) and whose names it put on screen (their places).
/// </summary>
public sealed record RosterRead(
    Guid Id,
    Guid WorkshopId,
    string WorkshopTitle,
    string HubId,
    Guid StaffId,
    StaffRole Role,
    DateTimeOffset At,
    string What,
    IReadOnlyList<Guid> PlacesShown
);
