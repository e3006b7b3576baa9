using Hubs.Testing;

namespace Hubs.Insights.Tests.TestHosts;

/// <summary>
/// The ports fixtures pick for their servers are never picked twice and lie below both the ops scripts' picks (20000
/// up) and the kernel's ephemeral range, whose ports outgoing connections take: a port picked from there could be in
/// use by the time the server binds it, and the fixture would fail for no fault of the code under test.
/// </summary>
public sealed class FreePortTests
{
    [Fact]
    public void Fixture_ports_are_distinct_and_below_the_ranges_others_pick_from()
    {
        var ports = Enumerable.Range(0, 200).Select(_ => FreePort.Next()).ToList();

        Assert.Equal(ports.Count, ports.Distinct().Count());
        Assert.All(ports, port => Assert.InRange(port, 10000, 19999));
    }
}
