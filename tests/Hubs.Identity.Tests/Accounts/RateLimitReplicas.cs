using Microsoft.AspNetCore.Mvc.Testing;

namespace Hubs.Identity.Tests.Accounts;

/// <summary>
/// Two Identity replicas on one database behind a trusted proxy (10.0.0.1, as ForwardedHeaders:KnownProxies says),
/// limits of 3 a minute, on one frozen clock in the middle of a minute so no test straddles two windows.
/// </summary>
public sealed class RateLimitReplicas : IAsyncLifetime
{
    public const int Limit = 3;

    private readonly List<IDisposable> hosts = [];

    public WebApplicationFactory<IdentityEntryPoint> First { get; private set; } = null!;

    public WebApplicationFactory<IdentityEntryPoint> Second { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var database = await TestDatabase.CreateAsync();
        var clock = MidMinuteClock.Create();
        First = Replica(database, clock);
        First.CreateClient(); // the first replica applies the schema before the second starts
        Second = Replica(database, clock);
        Second.CreateClient();
    }

    /// <summary>
    /// A browser (cookies, no redirects) whose requests the proxy forwards for <paramref name="address"/>.
    /// </summary>
    public static HttpClient From(WebApplicationFactory<IdentityEntryPoint> host, string address) =>
        TrustedProxy.From(host, address);

    public Task DisposeAsync()
    {
        hosts.ForEach(host => host.Dispose());
        return Task.CompletedTask;
    }

    private WebApplicationFactory<IdentityEntryPoint> Replica(TestDatabase database, TimeProvider clock)
    {
        var host = new TestHost<IdentityEntryPoint>(
            new Dictionary<string, string?>
            {
                ["ConnectionStrings:Identity"] = database.Identity,
                ["Hubs:Schema:AutoCreate"] = "true",
                ["Email:PickupDirectory"] = Path.Combine(
                    Path.GetTempPath(),
                    "hubs-test-mail",
                    Guid.NewGuid().ToString("N")
                ),
                ["Logging:JsonFile"] = HubsSettings.NewLogFile("identity-replica"),
                ["RateLimits:AccountFormPostsPerMinute"] = Limit.ToString(
                    System.Globalization.CultureInfo.InvariantCulture
                ),
                ["RateLimits:TokenRequestsPerMinute"] = Limit.ToString(
                    System.Globalization.CultureInfo.InvariantCulture
                ),
                ["ForwardedHeaders:KnownProxies:0"] = TrustedProxy.Address,
            },
            clock: clock
        );
        hosts.Add(host);
        return TrustedProxy.Behind(host);
    }
}
