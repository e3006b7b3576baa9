using Hubs.Testing;

namespace Hubs.Web.Tests.Pages;

/// <summary>
/// A browser test's host listens on a port <see cref="FreePort"/> picks: one Chromium refuses (net::ERR_UNSAFE_PORT)
/// failed a browser test in a full run once (a host on 10080), so no such port is handed out.
/// </summary>
public sealed class FreePortBrowserTests
{
    [Fact]
    public void No_port_chromium_refuses_is_handed_out_and_its_neighbours_are()
    {
        Assert.False(FreePort.Usable(10080));
        Assert.True(FreePort.Usable(10079));
        Assert.True(FreePort.Usable(10081));
        Assert.False(FreePort.Usable(9999));
        Assert.False(FreePort.Usable(20000));
    }
}
