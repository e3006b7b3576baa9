namespace Hubs.Web.Features.Contact.SchedulingReminders;

/// <summary>
/// Internal message (RabbitMQ, Web to Web): a place on a workshop was booked or given up. Ids only, never personal
/// data; the consumer reads the workshop's time and the journey whose contact preferences the reminders follow.
/// Not an Insights contract: it lives here, not in Hubs.Contracts.
/// </summary>
/// <param name="WorkshopId">The workshop.</param>
/// <param name="PlaceId">The place (the schedule rows' appointment id).</param>
/// <param name="StreamVersion">The workshop's stream version of the event behind it; older changes are ignored.</param>
/// <param name="Cancelled">The place was given up: its waiting reminders are cancelled.</param>
public sealed record WorkshopPlaceChanged(Guid WorkshopId, Guid PlaceId, long StreamVersion, bool Cancelled);
