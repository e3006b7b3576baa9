namespace Hubs.Testing;

/// <summary>
/// A RabbitMQ virtual host of its own for one test class, so exchanges and queues never cross. Disposed (after the
/// hosts using it have stopped), it deletes itself: vhosts left behind by every run pile up on a shared node until
/// creating one hangs. A fixture <see cref="Release"/>s it instead: deleted with others in one call, off its path.
/// </summary>
public sealed class TestVirtualHost : IAsyncDisposable
{
    private static readonly TimeSpan DeleteWithin = TimeSpan.FromMinutes(2);
    private readonly TestInfrastructure infrastructure;

    private TestVirtualHost(TestInfrastructure infrastructure, string name)
    {
        this.infrastructure = infrastructure;
        Name = name;
        Uri = new Uri(infrastructure.RabbitMq, name);
    }

    public string Name { get; }

    /// <summary>amqp URI including the vhost, as the hosts' <c>RabbitMq:Uri</c>.</summary>
    public Uri Uri { get; }

    public static async Task<TestVirtualHost> CreateAsync()
    {
        var infrastructure = await TestInfrastructure.GetAsync();
        return new TestVirtualHost(infrastructure, await VirtualHostBatches.TakeAsync(infrastructure));
    }

    /// <summary>The vhosts of the test run's node, as rabbitmqctl lists them.</summary>
    public static async Task<IReadOnlyList<string>> ListAsync()
    {
        var infrastructure = await TestInfrastructure.GetAsync();
        var names = await Shell.OpsAsync(
            "rabbitmq.sh",
            "list-vhosts",
            infrastructure.RabbitBase,
            infrastructure.RabbitNode
        );
        return names.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>
    /// Deletes the vhost with the next batch of released ones (or at the latest as the process exits).
    /// </summary>
    public void Release() => VirtualHostBatches.Release(Name);

    /// <summary>
    /// Deletes the vhost now. A failed or slow delete (the node busy or gone) is reported, never thrown: the tests have
    /// passed or failed already, and a leftover vhost is the lesser harm.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await Shell.OpsWithinAsync(
                DeleteWithin,
                "rabbitmq.sh",
                "delete-vhost",
                infrastructure.RabbitBase,
                infrastructure.RabbitNode,
                Name
            );
        }
        catch (InvalidOperationException failed)
        {
            await Console.Error.WriteLineAsync($"RabbitMQ vhost {Name} was not deleted: {failed.Message}");
        }
    }
}
