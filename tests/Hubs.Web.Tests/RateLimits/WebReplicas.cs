using Hubs.Testing;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Hubs.Web.Tests.RateLimits;

/// <summary>
/// Two Web replicas on one database and broker behind a trusted proxy (10.0.0.1), a self-referral limit of 3 a
/// minute, on one clock frozen mid-minute so no test straddles two windows.
/// </summary>
public sealed class WebReplicas : IAsyncLifetime
{
    public const int Limit = 3;

    private readonly List<IDisposable> hosts = [];

    private static int addresses;
    private TestVirtualHost vhost = null!;

    public WebApplicationFactory<WebEntryPoint> First { get; private set; } = null!;

    public WebApplicationFactory<WebEntryPoint> Second { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var database = await TestDatabase.CreateAsync();
        vhost = await TestVirtualHost.CreateAsync();
        var clock = MidMinuteClock.Create();
        First = Replica(database, vhost, clock);
        First.CreateClient(); // the first replica applies the schema before the second starts
        Second = Replica(database, vhost, clock);
        Second.CreateClient();
    }

    /// <summary>
    /// A client address, as the proxy appends it to whatever the client sent (only the last hop is believed).
    /// </summary>
    public static string NewAddress() => $"192.0.2.7, 203.0.113.{Interlocked.Increment(ref addresses)}";

    /// <summary>
    /// A browser-like client (cookies, no redirects) whose requests the proxy forwards for <paramref name="address"/>.
    /// </summary>
    public static HttpClient From(WebApplicationFactory<WebEntryPoint> host, string address) =>
        TrustedProxy.From(host, address);

    public async Task DisposeAsync()
    {
        hosts.ForEach(host => host.Dispose());
        vhost.Release();
    }

    private WebApplicationFactory<WebEntryPoint> Replica(
        TestDatabase database,
        TestVirtualHost vhost,
        TimeProvider clock
    )
    {
        var settings = HubsSettings.Web(database, vhost, HubsSettings.NewLogFile("web-replica"));
        settings["RateLimits:SelfReferralPostsPerMinute"] = Limit.ToString(
            System.Globalization.CultureInfo.InvariantCulture
        );
        settings["ForwardedHeaders:KnownProxies:0"] = TrustedProxy.Address;
        var host = new TestHost<WebEntryPoint>(settings, clock: clock);
        hosts.Add(host);
        return TrustedProxy.Behind(host);
    }
}
