using Hubs.Testing;
using Hubs.Testing.Auth;
using Hubs.Testing.Browser;

namespace Hubs.Web.Tests.Pages;

/// <summary>
/// The Web host and the real Hubs.Identity, both on Kestrel, with Web signing people in through Identity
/// (the demo client hubs-web), and one headless Chromium. <see cref="SignInAsync"/> opens a page already
/// signed in as a demo account (staff with their TOTP code).
/// </summary>
public sealed class SignedInBrowserFixture : IAsyncLifetime
{
    public LiveIdentity Identity { get; private set; } = null!;

    public TestHost<WebEntryPoint> Host { get; private set; } = null!;

    public Uri Origin { get; private set; } = null!;

    public Chromium Chromium { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var port = FreePort.Next();
        Origin = new Uri($"http://127.0.0.1:{port}/");
        Identity = await LiveIdentity.StartAsync(webUrl: Origin);
        var database = await TestDatabase.CreateAsync();
        var vhost = await TestVirtualHost.CreateAsync();
        var settings = HubsSettings.Web(database, vhost, HubsSettings.NewLogFile("web-signed-in"));
        foreach (var (key, value) in Identity.ClientSettings("hubs-web"))
        {
            settings[key] = value;
        }

        Host = new TestHost<WebEntryPoint>(settings);
        Host.StartOnLoopback(port);
        Chromium = await Chromium.LaunchAsync();
    }

    public Task<BrowserPage> OpenAsync(int width = 1024) => Chromium.OpenAsync(Origin, width);

    /// <summary>A new browser, signed in as the demo account with <paramref name="role"/> in <paramref name="hub"/>.</summary>
    public async Task<BrowserPage> SignInAsync(string role, string hub = "north", string returnUrl = "/", int width = 1024)
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
    }
}
