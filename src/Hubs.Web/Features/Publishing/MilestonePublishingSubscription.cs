using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Marten.Subscriptions;

namespace Hubs.Web.Features.Publishing;

/// <summary>
/// The Marten subscription that publishes every journey milestone to RabbitMQ. It runs on one node at
/// a time (the async daemon's HotCold leader); <see cref="MilestonePublisher"/> does the publishing.
/// </summary>
public sealed class MilestonePublishingSubscription(MilestonePublisher publisher) : SubscriptionBase
{
    public const string SubscriptionName = "milestone-publisher";

    public override async Task<IChangeListener> ProcessEventsAsync(
        EventRange page,
        ISubscriptionController controller,
        IDocumentOperations operations,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(page);
        await publisher.PublishAllAsync(page.Events, operations, cancellationToken);

        return NullChangeListener.Instance;
    }
}
