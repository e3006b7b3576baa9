using Hubs.Identity.Demo;
using Hubs.Identity.Testing;
using Hubs.Testing;
using Hubs.Testing.Auth;

namespace Hubs.Identity.Tests;

/// <summary>The Identity host on real Kestrel (a loopback port), for real browsers and real OIDC clients.</summary>
public sealed class LiveIdentityFixture : IAsyncLifetime
{
    private LiveIdentity live = null!;

    public TestHost<IdentityEntryPoint> Host => live.Host;

    public DemoCredentials Demo => live.Demo;

    public Uri BaseUrl => live.BaseUrl;

    public string Mailbox => live.Mailbox;

    public async Task InitializeAsync() => live = await LiveIdentity.StartAsync();

    public DemoAccount Account(string role, string hub = "north") => live.Account(role, hub);

    public async Task DisposeAsync() => await live.DisposeAsync();
}
