namespace Hubs.Testing;

/// <summary>A RabbitMQ virtual host of its own for one test class, so exchanges and queues never cross.</summary>
public sealed class TestVirtualHost
{
    private TestVirtualHost(Uri uri) => Uri = uri;

    /// <summary>amqp URI including the vhost, as the hosts' <c>RabbitMq:Uri</c>.</summary>
    public Uri Uri { get; }

    public static async Task<TestVirtualHost> CreateAsync()
    {
        var infrastructure = await TestInfrastructure.GetAsync();
        var name = "t-" + Guid.NewGuid().ToString("N")[..12];
        await Shell.OpsAsync("rabbitmq.sh", "add-vhost", infrastructure.RabbitBase, infrastructure.RabbitNode, name);
        return new TestVirtualHost(new Uri(infrastructure.RabbitMq, name));
    }
}
