namespace Hubs.Web.Features.Kernel;

/// <summary>
/// The coaching calls booked after one workshop, in its Hub clinicians' time: kept here, beside the journeys'
/// appointments, so the diary, the free slots and the booking rules' clash check read both through one query
/// (<c>Journeys/ReadModels/BookedAppointments</c>). Ids and times only, never a name.
/// </summary>
public sealed record WorkshopCalls(Guid Id, string HubId)
{
    public IReadOnlyList<BookedCall> Calls { get; init; } = [];
}

/// <summary>One coaching call: whose time it takes, when, how long, and whether it was held.</summary>
public sealed record BookedCall(Guid Id, Guid ClinicianId, DateTimeOffset StartsAt, int DurationMinutes)
{
    public bool Held { get; init; }
}
