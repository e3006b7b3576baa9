using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Workshops;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Marten.Subscriptions;

namespace Hubs.Web.Features.Contact.SchedulingReminders;

/// <summary>
/// The Marten subscription that tells the contact side about appointment and workshop place changes, in stream
/// order, on the daemon's one leader. Its progress is stored, so a restart resumes where it stopped.
/// </summary>
public sealed class AppointmentChangeSubscription : SubscriptionBase
{
    public const string SubscriptionName = "appointment-changes";

    private readonly AppointmentChangePublisher _publisher;

    public AppointmentChangeSubscription(AppointmentChangePublisher publisher)
    {
        _publisher = publisher;
        IncludeType<AppointmentBooked>();
        IncludeType<AppointmentRescheduled>();
        IncludeType<AppointmentCancelled>();
        IncludeType<AppointmentAttended>();
        IncludeType<AppointmentNotAttended>();
        IncludeType<WorkshopPlaceBooked>();
        IncludeType<WorkshopPlaceCancelled>();
    }

    public override async Task<IChangeListener> ProcessEventsAsync(
        EventRange page,
        ISubscriptionController controller,
        IDocumentOperations operations,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(page);
        foreach (var recorded in page.Events)
        {
            await _publisher.PublishAsync(recorded, cancellationToken);
        }

        return NullChangeListener.Instance;
    }
}
