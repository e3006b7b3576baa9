using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Marten.Subscriptions;
using MassTransit;

namespace Hubs.Web.Features.Publishing;

/// <summary>
/// The Marten subscription that publishes every journey milestone to RabbitMQ. It runs on one node
/// at a time (the async daemon's HotCold leader). Each message id is the event id, so consumers can
/// deduplicate redeliveries. A broker outage is waited out here, inside the subscription, with a
/// per-publish timeout and backoff: throwing back to the daemon would stop the subscription for good.
/// </summary>
public sealed partial class MilestonePublishingSubscription(
    MilestoneMapper mapper,
    IBus bus,
    ILogger<MilestonePublishingSubscription> logger) : SubscriptionBase
{
    public const string SubscriptionName = "milestone-publisher";
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(10);
    private long _published;

    /// <summary>Messages this instance has published (tests use it to see which node leads).</summary>
    public long Published => Interlocked.Read(ref _published);

    public override async Task<IChangeListener> ProcessEventsAsync(
        EventRange page,
        ISubscriptionController controller,
        IDocumentOperations operations,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        foreach (var recorded in page.Events)
        {
            var milestone = mapper.Map(recorded);
            if (milestone is null)
            {
                continue;
            }

            await PublishUntilConfirmedAsync(milestone, recorded.Id, cancellationToken);
            Interlocked.Increment(ref _published);
        }

        return NullChangeListener.Instance;
    }

    private async Task PublishUntilConfirmedAsync(object milestone, Guid messageId, CancellationToken cancellationToken)
    {
        var backoff = TimeSpan.FromMilliseconds(200);
        for (var attempt = 1; ; attempt++)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(PublishTimeout);
            try
            {
                await bus.Publish(milestone, milestone.GetType(), context => context.MessageId = messageId, timeout.Token);
                return;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ex is not OutOfMemoryException)
            {
                LogPublishRetry(logger, milestone.GetType().Name, attempt, ex.GetType().Name);
                await Task.Delay(backoff, cancellationToken);
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publishing {Contract} failed (attempt {Attempt}, {ErrorType}); retrying")]
    private static partial void LogPublishRetry(ILogger logger, string contract, int attempt, string errorType);
}
