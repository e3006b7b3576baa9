namespace Hubs.Testing;

/// <summary>
/// Vhosts made and deleted several at a time: each rabbitmqctl call boots an Erlang VM (~0.5 s of CPU and 1.5 s or
/// more of waiting), and a test run makes a vhost for almost every test class. Names made but never handed out, and
/// released ones not yet deleted, are deleted once the test process has gone (ops/lib/rabbitmq.sh, HUBS_OWNER_PID):
/// the test runner kills its test process at the end, so no exit handler of ours would run.
/// </summary>
internal static class VirtualHostBatches
{
    private const int Size = 6;
    private static readonly SemaphoreSlim Making = new(1, 1);
    private static readonly Queue<string> Made = new();
    private static readonly List<string> Released = [];
    private static readonly object Gate = new();
    private static readonly TimeSpan DeleteWithin = TimeSpan.FromMinutes(2);
    private static TestInfrastructure? node;

    public static async Task<string> TakeAsync(TestInfrastructure infrastructure)
    {
        await Making.WaitAsync();
        try
        {
            node ??= infrastructure;

            if (Made.Count == 0)
            {
                var names = Enumerable.Range(0, Size).Select(_ => "t-" + Guid.NewGuid().ToString("N")[..12]).ToArray();
                await Shell.OpsAsync(
                    "rabbitmq.sh",
                    ["add-vhost", infrastructure.RabbitBase, infrastructure.RabbitNode, .. names]
                );
                foreach (var name in names)
                {
                    Made.Enqueue(name);
                }
            }

            return Made.Dequeue();
        }
        finally
        {
            Making.Release();
        }
    }

    /// <summary>Deletes <paramref name="name"/> with the next batch, off the caller's path.</summary>
    public static void Release(string name)
    {
        string[] batch;
        lock (Gate)
        {
            Released.Add(name);
            if (Released.Count < Size)
            {
                return;
            }

            batch = [.. Released];
            Released.Clear();
        }

        _ = DeleteAsync(batch);
    }

    /// <summary>A failed delete is reported, never thrown: a leftover vhost is the lesser harm.</summary>
    private static async Task DeleteAsync(string[] names)
    {
        try
        {
            await Shell.OpsWithinAsync(
                DeleteWithin,
                "rabbitmq.sh",
                ["delete-vhost", node!.RabbitBase, node.RabbitNode, .. names]
            );
        }
        catch (InvalidOperationException failed)
        {
            await Console.Error.WriteLineAsync(
                $"RabbitMQ vhosts {string.Join(' ', names)} were not deleted: {failed.Message}"
            );
        }
    }
}
