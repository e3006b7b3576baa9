using Hubs.Identity.Demo;
using Hubs.Testing;

namespace Hubs.Identity.Tests;

/// <summary>The Identity host on real Kestrel (a loopback port), for real browsers and real OIDC clients.</summary>
public sealed class LiveIdentityFixture : IAsyncLifetime
{
    public TestHost<IdentityEntryPoint> Host { get; private set; } = null!;

    public DemoCredentials Demo { get; private set; } = null!;

    public Uri BaseUrl { get; private set; } = null!;

    public string Mailbox { get; } = Path.Combine(Path.GetTempPath(), "hubs-test-mail", Guid.NewGuid().ToString("N"));

    public async Task InitializeAsync()
    {
        var database = await TestDatabase.CreateAsync();
        var port = FreePort.Next();
        BaseUrl = new Uri($"http://127.0.0.1:{port}/");
        Host = new TestHost<IdentityEntryPoint>(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Identity"] = database.Identity,
            ["Hubs:Schema:AutoCreate"] = "true",
            ["Email:PickupDirectory"] = Mailbox,
            ["Logging:JsonFile"] = HubsSettings.NewLogFile("identity-live"),
        });
        Host.UseKestrel(port);
        Host.StartServer();
        Demo = await DemoSeeder.RunAsync(Host.Services, null, TextWriter.Null);
    }

    public DemoAccount Account(string role, string hub = "north") =>
        Demo.Accounts.Single(account => account.Email == $"{role}.{hub}@demo.hubs.invalid");

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
