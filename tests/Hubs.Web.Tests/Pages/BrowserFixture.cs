using Hubs.Identity.Testing;
using Hubs.Testing;
using Hubs.Testing.Auth;
using Hubs.Testing.Browser;

namespace Hubs.Web.Tests.Pages;

/// <summary>
/// The Web host and the real Hubs.Identity, both on Kestrel (own databases and vhost), with Web creating
/// keyworkers' accounts and signing people in through Identity (the demo client hubs-web), and one headless
/// Chromium for a test class. <see cref="SignInAsync"/> opens a page already signed in as a demo account
/// (staff with their TOTP code).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private TestVirtualHost vhost = null!;

    public LiveIdentity Identity { get; private set; } = null!;

    public TestHost<WebEntryPoint> Host { get; private set; } = null!;

    public Uri Origin { get; private set; } = null!;

    public Chromium Chromium { get; private set; } = null!;

    public string LogFile { get; } = HubsSettings.NewLogFile("web-pages");

    public async Task InitializeAsync()
    {
        var port = FreePort.Next();
        Origin = new Uri($"http://127.0.0.1:{port}/");
        Identity = await LiveIdentity.StartAsync(webUrl: Origin);
        var database = await TestDatabase.CreateAsync();
        vhost = await TestVirtualHost.CreateAsync();
        var settings = HubsSettings.Web(database, vhost, LogFile);
        foreach (var (key, value) in Identity.ClientSettings("hubs-web"))
        {
            settings[key] = value;
        }

        Host = new TestHost<WebEntryPoint>(settings);
        Host.StartOnLoopback(port);
        Chromium = await Chromium.SharedAsync();
    }

    /// <summary>A new browser, by default a 390-px phone.</summary>
    public Task<BrowserPage> OpenAsync(int width = 390, bool javaScript = true) =>
        Chromium.OpenAsync(Origin, width, javaScript: javaScript);

    /// <summary>
    /// A new browser, signed in as the demo account with <paramref name="role"/> in <paramref name="hub"/>.
    /// </summary>
    public async Task<BrowserPage> SignInAsync(
        string role,
        string hub = "north",
        string returnUrl = "/",
        int width = 1024
    )
    {
        var page = await OpenAsync(width);
        await BrowserSignIn.SignInAsync(page.Page, Origin, Identity.Account(role, hub), returnUrl);
        return page;
    }

    public async Task DisposeAsync()
    {
        await Chromium.DisposeAsync();
        await Host.DisposeAsync();
        await Identity.DisposeAsync();
        vhost.Release();
    }
}
