using Hubs.Testing;
using Hubs.Testing.Auth;
using Hubs.Testing.Browser;
using Hubs.Web.Features.Clinicians;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Web.Tests.Clinic;

/// <summary>
/// The Web host on real Kestrel with the seeded clinician directory, and one headless Chromium. A page is
/// signed in by sending the person's test-issuer access token with every request, as the API is called.
/// </summary>
public sealed class ClinicBrowserFixture : IAsyncLifetime
{
    /// <summary>The width of a tablet held upright, the narrowest the workspace is made for.</summary>
    public const int TabletWidth = 768;

    private TestVirtualHost vhost = null!;

    public TestHost<WebEntryPoint> Host { get; private set; } = null!;

    public Uri Origin { get; private set; } = null!;

    public Chromium Chromium { get; private set; } = null!;

    /// <summary>The host's clock: tests move it past an appointment's start to record the outcome.</summary>
    public TestClock Clock { get; } = new();

    public async Task InitializeAsync()
    {
        var database = await TestDatabase.CreateAsync();
        vhost = await TestVirtualHost.CreateAsync();
        Host = new TestHost<WebEntryPoint>(
            HubsSettings.Web(database, vhost, HubsSettings.NewLogFile("web-clinic-browser")),
            clock: Clock
        );
        Origin = Host.StartOnLoopback();
        await using (var session = Host.Services.GetRequiredService<IDocumentStore>().LightweightSession())
        {
            await ClinicianSeed.SeedAsync(session, ["north", "south"], CancellationToken.None);
        }

        Chromium = await Chromium.SharedAsync();
    }

    public async Task<BrowserPage> OpenAsAsync(TestPrincipal who)
    {
        var page = await Chromium.OpenAsync(Origin, TabletWidth, 1024);
        await page.Page.Context.SetExtraHTTPHeadersAsync(
            new Dictionary<string, string>
            {
                ["Authorization"] = $"Bearer {TestIssuer.Shared.Mint(who, lifetime: TimeSpan.FromMinutes(30))}",
            }
        );
        return page;
    }

    public async Task DisposeAsync()
    {
        await Chromium.DisposeAsync();
        await Host.DisposeAsync();
        vhost.Release();
    }
}
