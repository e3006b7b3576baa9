using Hubs.Contracts;
using JasperFx.Events;
using Marten;
using MassTransit;

namespace Hubs.Web.Features.Publishing;

/// <summary>
/// Publishes a journey event's contract, if it has one, and returns only once the broker confirmed it.
/// The message id is the event id and a header carries its sequence number (<see cref="EventSequenceHeader"/>), so
/// consumers drop redeliveries and republished copies, and what a bulk rebuild applied. A broker
/// outage is waited out here with a per-publish timeout and backoff, never thrown to the caller: the
/// Marten daemon would stop the subscription for good.
/// </summary>
public sealed partial class MilestonePublisher(MilestoneMapper mapper, IBus bus, ILogger<MilestonePublisher> logger)
{
    private const int Concurrency = 64;
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Publishes a page of events with up to <see cref="Concurrency"/> confirmations outstanding at
    /// once: consumers tolerate any order, and waiting for each confirm in turn would cap the rate at
    /// one broker round trip per event.
    /// </summary>
    public async Task PublishAllAsync(
        IReadOnlyList<IEvent> events,
        IQuerySession session,
        CancellationToken cancellationToken
    )
    {
        var context = await MilestoneContext.LoadAsync(session, events, cancellationToken);
        await Parallel.ForEachAsync(
            events,
            new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = cancellationToken },
            async (recorded, token) => await PublishAsync(recorded, context, token)
        );
    }

    /// <returns>Whether the event had a contract to publish.</returns>
    public async Task<bool> PublishAsync(IEvent recorded, MilestoneContext context, CancellationToken cancellationToken)
    {
        if (MilestoneOf(recorded, context) is not { } milestone)
        {
            return false;
        }

        var backoff = TimeSpan.FromMilliseconds(200);
        for (var attempt = 1; ; attempt++)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(PublishTimeout);
            try
            {
                await bus.Publish(
                    milestone,
                    milestone.GetType(),
                    context =>
                    {
                        context.MessageId = recorded.Id;
                        context.Headers.Set(EventSequenceHeader.Name, recorded.Sequence);
                    },
                    timeout.Token
                );
                return true;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ex is not OutOfMemoryException)
            {
                LogPublishRetry(logger, milestone.GetType().Name, attempt, ex.GetType().Name);
                await Task.Delay(backoff, cancellationToken);
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
            }
        }
    }

    /// <summary>
    /// The event's contract, or null when it has none; an event whose stream snapshot is missing is logged as an
    /// error and has none. The live publisher and the rebuild's export both map through here.
    /// </summary>
    public object? MilestoneOf(IEvent recorded, MilestoneContext context)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        ArgumentNullException.ThrowIfNull(context);
        if (!context.HasSnapshotFor(recorded))
        {
            LogMissingSnapshot(logger, recorded.EventTypeName, recorded.Sequence);
            return null;
        }

        return mapper.Map(recorded, context);
    }

    [LoggerMessage(
        Level = LogLevel.Error,
        Message = "Event {EventType} at sequence {Sequence} has no stream snapshot; its milestone was not published"
    )]
    private static partial void LogMissingSnapshot(ILogger logger, string eventType, long sequence);

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Publishing {Contract} failed (attempt {Attempt}, {ErrorType}); retrying"
    )]
    private static partial void LogPublishRetry(ILogger logger, string contract, int attempt, string errorType);
}
