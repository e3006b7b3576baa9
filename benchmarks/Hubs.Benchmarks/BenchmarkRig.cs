using Hubs.Testing;
using Hubs.Testing.Auth;
using Hubs.Web;

namespace Hubs.Benchmarks;

/// <summary>The Web host on a real Kestrel port over a fresh database, configured as the tests configure it.</summary>
internal sealed class BenchmarkRig : IAsyncDisposable
{
    private readonly TestHost<WebEntryPoint> _host;

    private BenchmarkRig(TestDatabase database, TestHost<WebEntryPoint> host, HttpClient http)
    {
        Database = database;
        _host = host;
        Http = http;
    }

    public TestDatabase Database { get; }

    public HttpClient Http { get; }

    /// <summary>The Web host's services (its event store, its keys).</summary>
    public IServiceProvider Services => _host.Services;

    /// <summary>Another caller on the same socket: every request carries <paramref name="who"/>'s token.</summary>
    public HttpClient As(TestPrincipal who) => SignedIn(Client(Http.BaseAddress!), who);

    /// <summary>A caller with no token on the same socket.</summary>
    public HttpClient Anonymous() => Client(Http.BaseAddress!);

    public static async Task<BenchmarkRig> StartAsync()
    {
        var database = await TestDatabase.CreateAsync();
        var vhost = await TestVirtualHost.CreateAsync();
        var settings = HubsSettings.Web(database, vhost, HubsSettings.NewLogFile("bench"));
        // The factory's manifest lookup is for test projects; point it at the Web project directly.
        Environment.SetEnvironmentVariable(
            "ASPNETCORE_TEST_CONTENTROOT_HUBS_WEB",
            RepositoryRoot.Combine("src", "Hubs.Web")
        );
        var port = FreePort.Next();
        var host = new TestHost<WebEntryPoint>(settings);
        host.UseKestrel(port);
        host.StartServer();
        // One signed-in keyworker's token for the whole run: the figure is the write path, not token minting.
        var http = SignedIn(Client(new Uri($"http://127.0.0.1:{port}")), TestPrincipal.Keyworker());
        return new BenchmarkRig(database, host, http);
    }

    /// <summary>
    /// A token for the whole run: the test issuer's default lasts 10 minutes, and a run on a loaded machine can take
    /// longer (every request after that would be a fast 401).
    /// </summary>
    private static HttpClient SignedIn(HttpClient client, TestPrincipal who)
    {
        client.DefaultRequestHeaders.Authorization = new(
            "Bearer",
            TestIssuer.Shared.Mint(who, lifetime: TimeSpan.FromHours(4))
        );
        return client;
    }

    private static HttpClient Client(Uri address) =>
        new(new SocketsHttpHandler { MaxConnectionsPerServer = 64, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            BaseAddress = address,
        };

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _host.DisposeAsync();
    }
}
