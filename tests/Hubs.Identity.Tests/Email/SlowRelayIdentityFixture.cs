using Hubs.Identity.Demo;
using Hubs.Testing;

namespace Hubs.Identity.Tests.Email;

/// <summary>Identity on Kestrel sending its email over SMTP to a relay that waits 300 ms before every reply.</summary>
public sealed class SlowRelayIdentityFixture : IAsyncLifetime
{
    public SmtpSink Relay { get; } = new(TimeSpan.FromMilliseconds(300));

    public TestHost<IdentityEntryPoint> Host { get; private set; } = null!;

    public Uri BaseUrl { get; private set; } = null!;

    public DemoCredentials Demo { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Relay.Start();
        var database = await TestDatabase.CreateAsync();
        var port = FreePort.Next();
        BaseUrl = new Uri($"http://127.0.0.1:{port}/");
        Host = new TestHost<IdentityEntryPoint>(
            new Dictionary<string, string?>
            {
                ["ConnectionStrings:Identity"] = database.Identity,
                ["Hubs:Schema:AutoCreate"] = "true",
                // The development mailbox of appsettings.Development.json would win over SMTP.
                ["Email:PickupDirectory"] = string.Empty,
                ["Email:SmtpHost"] = "127.0.0.1",
                ["Email:SmtpPort"] = Relay.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Email:SmtpSecurity"] = "None",
                ["Logging:JsonFile"] = HubsSettings.NewLogFile("identity-relay"),
                ["RateLimits:AccountFormPostsPerMinute"] = "100000",
                ["RateLimits:TokenRequestsPerMinute"] = "100000",
            }
        );
        Host.UseKestrel(port);
        Host.StartServer();
        Demo = await DemoSeeder.RunAsync(Host.Services, null, TextWriter.Null);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Relay.DisposeAsync();
    }
}
