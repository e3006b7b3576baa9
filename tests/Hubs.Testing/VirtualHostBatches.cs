namespace Hubs.Testing;

/// <summary>
/// Vhosts made and deleted several at a time: each rabbitmqctl call boots an Erlang VM (~0.5 s of CPU and 1.5 s or
/// more of waiting), and a test run makes a vhost for almost every test class. Names made but never handed out, and
/// released ones not yet deleted, are deleted when the test process exits.
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
            if (node is null)
            {
                node = infrastructure;
                AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteLeftAsync().GetAwaiter().GetResult();
            }

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

    private static Task DeleteLeftAsync()
    {
        string[] left;
        lock (Gate)
        {
            left = [.. Released, .. Made];
            Released.Clear();
        }

        return left.Length == 0 ? Task.CompletedTask : DeleteAsync(left);
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
