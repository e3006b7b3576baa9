namespace Hubs.Deploy.Tests.Ops;

/// <summary>
/// The ports ops scripts pick for throwaway servers (ops/hubs test, a RabbitMQ node's distribution port) lie below
/// the kernel's ephemeral range: a port from that range can go to any outgoing connection (a test host's database
/// pool, rabbitmqctl's own distribution port) between the check and the server's bind, and the server fails to start.
/// </summary>
public class FreePortTests
{
    [Fact]
    public void Free_ports_lie_between_the_fixtures_range_and_the_kernels_ephemeral_range()
    {
        var run = OpsHarness.Run("for _ in $(seq 1 300); do free_port; done");

        Assert.True(run.ExitCode == 0, run.Errors);
        var ephemeralFrom = int.Parse(
            File.ReadAllText("/proc/sys/net/ipv4/ip_local_port_range").Split('\t')[0],
            System.Globalization.CultureInfo.InvariantCulture
        );
        var ports = run.Output.Select(line => int.Parse(line, System.Globalization.CultureInfo.InvariantCulture));
        Assert.All(ports, port => Assert.InRange(port, 20000, Math.Min(ephemeralFrom, 35672) - 1));
        Assert.Equal(300, run.Output.Count);
    }

    [Fact]
    public void Several_free_ports_at_once_are_distinct()
    {
        var run = OpsHarness.Run("free_ports 40");

        Assert.True(run.ExitCode == 0, run.Errors);
        Assert.Equal(40, run.Output.Single().Split(' ').Distinct().Count());
    }
}
