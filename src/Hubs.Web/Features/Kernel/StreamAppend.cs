using JasperFx;
using Marten;
using Marten.Services.BatchQuerying;

namespace Hubs.Web.Features.Kernel;

public enum AppendStatus
{
    Written,
    NotFound,
    Refused,
    Stale,
}

/// <summary>What came of a command on a stream: the new version, or why nothing was written.</summary>
public sealed record AppendOutcome(AppendStatus Status, long Version = 0, Refusal? Refusal = null);

/// <summary>
/// The one write path for every stream command, shared by the API (<see cref="StreamWrites"/>) and the
/// clinician pages: fold the stream at the caller's version, decide, append, save. Marten checks the
/// version again at commit, so of two concurrent writers on the same version exactly one succeeds.
/// </summary>
public static class StreamAppend
{
    public static Task<AppendOutcome> TryAsync<TState>(
        IDocumentSession session,
        Guid streamId,
        long expected,
        Func<TState, bool> visible,
        Func<TState, Decision> decide,
        CancellationToken cancellationToken
    )
        where TState : class => TryAsync(session, streamId, expected, null, visible, decide, cancellationToken);

    /// <summary>
    /// The same, with what else the decision needs read in the same round trip as the stream
    /// (<paramref name="alongside"/> queues its queries on the batch and completes once they are read).
    /// </summary>
    public static async Task<AppendOutcome> TryAsync<TState>(
        IDocumentSession session,
        Guid streamId,
        long expected,
        Func<IBatchedQuery, Task>? alongside,
        Func<TState, bool> visible,
        Func<TState, Decision> decide,
        CancellationToken cancellationToken
    )
        where TState : class
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(visible);
        ArgumentNullException.ThrowIfNull(decide);
        if (streamId == Guid.Empty)
        {
            // No stream has the all-zeros id; Marten would refuse it as an argument error (a 500).
            return new(AppendStatus.NotFound);
        }

        try
        {
            var batch = session.CreateBatchQuery();
            var fetching = batch.Events.FetchForWriting<TState>(streamId, expected);
            var also = alongside?.Invoke(batch) ?? Task.CompletedTask;
            await batch.Execute(cancellationToken);
            await also;
            var stream = await fetching;
            if (stream.Aggregate is not { } state || !visible(state))
            {
                return new(AppendStatus.NotFound);
            }

            var decision = decide(state);
            if (decision.Refusal is { } refusal)
            {
                return new(AppendStatus.Refused, expected, refusal);
            }

            stream.AppendMany(decision.Events);
            await session.SaveChangesAsync(cancellationToken);
            return new(AppendStatus.Written, expected + decision.Events.Count);
        }
        catch (ConcurrencyException)
        {
            // A stale version must not tell someone who may not see the stream that it exists.
            var current = await session.Events.AggregateStreamAsync<TState>(streamId, token: cancellationToken);
            return new(current is null || !visible(current) ? AppendStatus.NotFound : AppendStatus.Stale);
        }
    }
}
