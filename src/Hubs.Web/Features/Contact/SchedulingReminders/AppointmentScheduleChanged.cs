using MassTransit;

namespace Hubs.Web.Features.Contact.SchedulingReminders;

/// <summary>
/// Internal message (RabbitMQ, Web to Web): an appointment was booked or moved, or is no longer booked.
/// Ids and times only, never personal data. Not an Insights contract: it lives here, not in
/// Hubs.Contracts, and Insights never binds to it.
/// </summary>
/// <param name="JourneyId">The journey the appointment belongs to.</param>
/// <param name="AppointmentId">The appointment.</param>
/// <param name="StartsAt">The (new) start time; null when the appointment is no longer booked.</param>
/// <param name="StreamVersion">The journey version of the event behind it; older changes are ignored.</param>
/// <param name="Closed">Why it is no longer booked (cancelled, attended, not attended), for the delivery
/// status.</param>
/// <param name="NoticeWanted">The Hub cancelled it at discharge: tell the keyworker, as their preferences
/// allow.</param>
// Named as before its folder was renamed, so messages already queued and the bound exchange still match.
[MessageUrn(AppointmentScheduleChanged.PreviousName)]
[EntityName(AppointmentScheduleChanged.PreviousName)]
public sealed record AppointmentScheduleChanged(
    Guid JourneyId,
    Guid AppointmentId,
    DateTimeOffset? StartsAt,
    long StreamVersion,
    string? Closed,
    bool NoticeWanted = false
)
{
    internal const string PreviousName = "Hubs.Web.Features.Contact.Scheduling:AppointmentScheduleChanged";
}
