using Hubs.Identity;
using Hubs.Identity.Demo;
using Hubs.Testing;

namespace Hubs.Identity.Testing;

/// <summary>
/// The real Hubs.Identity on Kestrel (a loopback port, its own database, a development mailbox), seeded
/// with the demo accounts and clients. The demo browser clients redirect to <c>webUrl</c>/<c>insightsUrl</c>,
/// so a Web or Insights host started there signs people in through it exactly as in production.
/// With <c>demoAccounts: false</c> it is a fresh deployment (as <c>HUBS_SEED_DEMO=0</c>): no account at all, and only
/// the Web sign-in client, registered by the schema step from <c>Oidc:Clients</c> as an operator configures it.
/// </summary>
public sealed class LiveIdentity : IAsyncDisposable
{
    private LiveIdentity(TestHost<IdentityEntryPoint> host, Uri baseUrl, string mailbox, DemoCredentials demo)
    {
        Host = host;
        BaseUrl = baseUrl;
        Mailbox = mailbox;
        Demo = demo;
    }

    public TestHost<IdentityEntryPoint> Host { get; }

    public Uri BaseUrl { get; }

    public string Mailbox { get; }

    public DemoCredentials Demo { get; }

    public static async Task<LiveIdentity> StartAsync(
        Uri? webUrl = null,
        Uri? insightsUrl = null,
        bool demoAccounts = true
    )
    {
        var database = await TestDatabase.CreateAsync();
        var port = FreePort.Next();
        var baseUrl = new Uri($"http://127.0.0.1:{port}/");
        var mailbox = Path.Combine(Path.GetTempPath(), "hubs-test-mail", Guid.NewGuid().ToString("N"));
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Identity"] = database.Identity,
            ["Hubs:Schema:AutoCreate"] = "true",
            ["Email:PickupDirectory"] = mailbox,
            ["Logging:JsonFile"] = HubsSettings.NewLogFile("identity-live"),
            // Tests sign in far more often than a person: the limits have their own test (RateLimitTests).
            ["RateLimits:AccountFormPostsPerMinute"] = "100000",
            ["RateLimits:TokenRequestsPerMinute"] = "100000",
        };
        if (webUrl is not null)
        {
            settings["Demo:WebUrl"] = webUrl.GetLeftPart(UriPartial.Authority);
        }

        if (insightsUrl is not null)
        {
            settings["Demo:InsightsUrl"] = insightsUrl.GetLeftPart(UriPartial.Authority);
        }

        var fresh = demoAccounts ? null : FreshClient(webUrl ?? throw new ArgumentNullException(nameof(webUrl)));
        foreach (var (key, value) in fresh?.Settings ?? [])
        {
            settings[key] = value;
        }

        var host = new TestHost<IdentityEntryPoint>(settings);
        host.UseKestrel(port);
        host.StartServer();
        var demo = fresh is null
            ? await DemoSeeder.RunAsync(host.Services, null, TextWriter.Null)
            : new DemoCredentials([], [fresh.Value.Client]);
        return new LiveIdentity(host, baseUrl, mailbox, demo);
    }

    private static (Dictionary<string, string?> Settings, DemoClient Client)? FreshClient(Uri webUrl)
    {
        var secret = Guid.NewGuid().ToString("N");
        var origin = webUrl.GetLeftPart(UriPartial.Authority);
        var settings = new Dictionary<string, string?>
        {
            ["Oidc:Clients:0:ClientId"] = "hubs-web",
            ["Oidc:Clients:0:ClientSecret"] = secret,
            ["Oidc:Clients:0:Scopes:0"] = "hubs.web",
            ["Oidc:Clients:0:ServiceScopes:0"] = "accounts.register",
            ["Oidc:Clients:0:RedirectUris:0"] = $"{origin}/signin-oidc",
            ["Oidc:Clients:0:PostLogoutRedirectUris:0"] = $"{origin}/signout-callback-oidc",
        };
        return (settings, new DemoClient("hubs-web", secret, "confidential", [], [], [$"{origin}/signin-oidc"]));
    }

    public DemoAccount Account(string role, string hub = "north") =>
        Demo.Accounts.Single(account => account.Email == $"{role}.{hub}@demo.hubs.invalid");

    public string? ClientSecret(string clientId) =>
        Demo.Clients.Single(client => client.ClientId == clientId).ClientSecret;

    /// <summary>What a Web or Insights host needs to sign people in here as <paramref name="clientId"/>.</summary>
    public Dictionary<string, string?> ClientSettings(string clientId) =>
        new() { ["Oidc:Authority"] = BaseUrl.ToString(), ["Oidc:ClientSecret"] = ClientSecret(clientId) };

    public async ValueTask DisposeAsync() => await Host.DisposeAsync();
}
