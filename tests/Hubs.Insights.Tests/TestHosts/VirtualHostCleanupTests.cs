using Hubs.Testing;

namespace Hubs.Insights.Tests.TestHosts;

/// <summary>
/// A test host's RabbitMQ vhost is deleted when disposed, as rabbitmqctl lists the node's vhosts: vhosts left behind
/// by every run used to pile up on the shared node until creating one hung.
/// </summary>
public sealed class VirtualHostCleanupTests
{
    [Fact]
    public async Task A_disposed_virtual_host_is_no_longer_on_the_node()
    {
        var vhost = await TestVirtualHost.CreateAsync();
        Assert.Contains(vhost.Name, await TestVirtualHost.ListAsync());

        await vhost.DisposeAsync();

        Assert.DoesNotContain(vhost.Name, await TestVirtualHost.ListAsync());
    }

    [Fact]
    public async Task Disposing_a_virtual_host_already_gone_does_not_fail()
    {
        var vhost = await TestVirtualHost.CreateAsync();
        await vhost.DisposeAsync();

        await vhost.DisposeAsync();

        Assert.DoesNotContain(vhost.Name, await TestVirtualHost.ListAsync());
    }
}
