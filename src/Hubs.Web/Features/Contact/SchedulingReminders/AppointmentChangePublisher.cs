using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Workshops;
using JasperFx.Events;
using MassTransit;

namespace Hubs.Web.Features.Contact.SchedulingReminders;

/// <summary>
/// Turns appointment events into <see cref="AppointmentScheduleChanged"/> and publishes them, returning only
/// once the broker confirmed. Like the milestone publisher, a broker outage is waited out here, never thrown
/// to the Marten daemon (which would stop the subscription). The message id is the event id.
/// </summary>
public sealed partial class AppointmentChangePublisher(IBus bus, ILogger<AppointmentChangePublisher> logger)
{
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(10);

    public static AppointmentScheduleChanged? Map(IEvent recorded)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        return recorded.Data switch
        {
            AppointmentBooked e => new(e.JourneyId, e.AppointmentId, e.StartsAt, recorded.Version, null),
            AppointmentRescheduled e => new(e.JourneyId, e.AppointmentId, e.StartsAt, recorded.Version, null),
            AppointmentCancelled { AtJourneyEnd: true } e => new(
                e.JourneyId,
                e.AppointmentId,
                null,
                recorded.Version,
                "cancelled as the journey ended",
                NoticeWanted: e.By == CancelledBy.Hub
            ),
            AppointmentCancelled e => new(e.JourneyId, e.AppointmentId, null, recorded.Version, "cancelled"),
            AppointmentAttended e => new(e.JourneyId, e.AppointmentId, null, recorded.Version, "attended"),
            AppointmentNotAttended e => new(e.JourneyId, e.AppointmentId, null, recorded.Version, "not attended"),
            _ => null,
        };
    }

    /// <summary>A place on a workshop booked or given up, as the internal change its reminders follow.</summary>
    public static WorkshopPlaceChanged? MapPlace(IEvent recorded)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        return recorded.Data switch
        {
            WorkshopPlaceBooked e => new(e.WorkshopId, e.PlaceId, recorded.Version, Cancelled: false),
            WorkshopPlaceCancelled e => new(e.WorkshopId, e.PlaceId, recorded.Version, Cancelled: true),
            _ => null,
        };
    }

    public async Task PublishAsync(IEvent recorded, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        if (Map(recorded) is { } change)
        {
            await PublishConfirmedAsync(change, recorded.Id, cancellationToken);
        }
        else if (MapPlace(recorded) is { } place)
        {
            await PublishConfirmedAsync(place, recorded.Id, cancellationToken);
        }
    }

    private async Task PublishConfirmedAsync<T>(T change, Guid messageId, CancellationToken cancellationToken)
        where T : class
    {
        var backoff = TimeSpan.FromMilliseconds(200);
        for (var attempt = 1; ; attempt++)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(PublishTimeout);
            try
            {
                await bus.Publish(change, context => context.MessageId = messageId, timeout.Token);
                return;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ex is not OutOfMemoryException)
            {
                LogRetry(logger, attempt, ex.GetType().Name);
                await Task.Delay(backoff, cancellationToken);
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
            }
        }
    }

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Publishing an appointment change failed (attempt {Attempt}, {ErrorType}); retrying"
    )]
    private static partial void LogRetry(ILogger logger, int attempt, string errorType);
}
