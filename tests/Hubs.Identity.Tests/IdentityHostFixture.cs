using Hubs.Identity;
using Hubs.Identity.Demo;
using Hubs.Testing;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Hubs.Identity.Tests;

/// <summary>
/// An Identity host of its own per test class: own database, own dev mailbox, demo accounts and clients seeded.
/// </summary>
public sealed class IdentityHostFixture : IAsyncLifetime
{
    public TestHost<IdentityEntryPoint> Host { get; private set; } = null!;

    public DemoCredentials Demo { get; private set; } = null!;

    public TestDatabase Database { get; private set; } = null!;

    public string LogFile { get; } = HubsSettings.NewLogFile("identity");

    public string Mailbox { get; } = Path.Combine(Path.GetTempPath(), "hubs-test-mail", Guid.NewGuid().ToString("N"));

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        Host = new TestHost<IdentityEntryPoint>(
            new Dictionary<string, string?>
            {
                ["ConnectionStrings:Identity"] = Database.Identity,
                ["Hubs:Schema:AutoCreate"] = "true",
                ["Email:PickupDirectory"] = Mailbox,
                ["Logging:JsonFile"] = LogFile,
                // Tests sign in far more often than a person: the limits have their own test (RateLimitTests).
                ["RateLimits:AccountFormPostsPerMinute"] = "100000",
                ["RateLimits:TokenRequestsPerMinute"] = "100000",
            }
        );
        Demo = await DemoSeeder.RunAsync(Host.Services, null, TextWriter.Null);
    }

    /// <summary>
    /// A browser-like client: keeps cookies, does not follow redirects (tests follow them step by step).
    /// </summary>
    public HttpClient NewBrowser() =>
        Host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public DemoAccount Account(string role, string hub = "north") =>
        Demo.Accounts.Single(account => account.Email == $"{role}.{hub}@demo.hubs.invalid");

    public DemoClient Client(string clientId) => Demo.Clients.Single(client => client.ClientId == clientId);

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
