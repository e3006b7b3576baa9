using Hubs.Web.Features.Privacy;

namespace Hubs.Web.Operations.Scale;

/// <summary>
/// Seeds the remaining batches with several workers, each making, preparing and copying whole batches on its own
/// connection, so both cores (and both PostgreSQL backends) work at once. Commits stay in batch order: a worker holds
/// its copied batch open until the batch before it has committed, then stores its checkpoint and commits; a batch
/// that failed stops every later one from committing. So the checkpoint still counts exactly the journeys written,
/// and a run cut off at any moment resumes where its last commit ended.
/// </summary>
internal sealed class ScalePipeline(ScaleWriter writer, KeyworkerKeys keys, ScalePlan plan, int batch)
{
    public async Task<ScaleCheckpoint> RunAsync(
        ScaleCheckpoint start,
        int workers,
        Action<ScaleCheckpoint> committed,
        CancellationToken cancellationToken
    )
    {
        var batches = (plan.Journeys - start.Done + batch - 1) / batch;
        var commits = new TaskCompletionSource[batches];
        for (var k = 0; k < batches; k++)
        {
            commits[k] = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        var next = -1;
        var last = start;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        async Task WorkAsync()
        {
            await Task.Yield();
            for (var k = Interlocked.Increment(ref next); k < batches; k = Interlocked.Increment(ref next))
            {
                try
                {
                    var before = k == 0 ? Task.CompletedTask : commits[k - 1].Task;
                    var checkpoint = await WriteAsync(start, k, before, stop.Token);
                    last = checkpoint;
                    committed(checkpoint);
                    commits[k].SetResult();
                }
                catch (Exception failure)
                {
                    commits[k].TrySetException(failure);
                    await stop.CancelAsync();
                    throw;
                }
            }
        }

        var running = Enumerable.Range(0, workers).Select(_ => Task.Run(WorkAsync, CancellationToken.None)).ToArray();
        await Task.WhenAll(running);
        return last;
    }

    private async Task<ScaleCheckpoint> WriteAsync(
        ScaleCheckpoint start,
        int k,
        Task before,
        CancellationToken cancellationToken
    )
    {
        var first = start.Done + (k * batch);
        var count = Math.Min(batch, plan.Journeys - first);
        var made = Enumerable.Range(first, count).Select(n => ScaleJourney.Make(n, plan, start.Now)).ToList();
        var content = ScaleBatch.Make(plan, made, first, start.Now);
        var checkpoint = start with
        {
            Done = first + count,
            Activities =
                start.Activities + ScaleBatch.ActivitiesBefore(first + count) - ScaleBatch.ActivitiesBefore(start.Done),
        };
        await keys.CreateManyAsync(made.Select(j => j.Keyworker), cancellationToken);
        var prepared = await writer.PrepareAsync(content, checkpoint, cancellationToken);
        keys.Forget(made.Select(j => j.Keyworker));
        await writer.WriteAsync(prepared, before, cancellationToken);
        return checkpoint;
    }
}
