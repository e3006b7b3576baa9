using Hubs.Identity;
using Hubs.Identity.Demo;
using Hubs.Testing;

namespace Hubs.Identity.Testing;

/// <summary>
/// The real Hubs.Identity on Kestrel (a loopback port, its own database, a development mailbox), seeded
/// with the demo accounts and clients. The demo browser clients redirect to <c>webUrl</c>/<c>insightsUrl</c>,
/// so a Web or Insights host started there signs people in through it exactly as in production.
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

    public static async Task<LiveIdentity> StartAsync(Uri? webUrl = null, Uri? insightsUrl = null)
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

        var host = new TestHost<IdentityEntryPoint>(settings);
        host.UseKestrel(port);
        host.StartServer();
        var demo = await DemoSeeder.RunAsync(host.Services, null, TextWriter.Null);
        return new LiveIdentity(host, baseUrl, mailbox, demo);
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
