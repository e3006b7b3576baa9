using Hubs.Testing;
using Hubs.Testing.Browser;

namespace Hubs.Web.Tests.Pages;

/// <summary>The Web host on real Kestrel (own database and vhost) and one headless Chromium for a test class.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public TestHost<WebEntryPoint> Host { get; private set; } = null!;

    public Uri Origin { get; private set; } = null!;

    public Chromium Chromium { get; private set; } = null!;

    public string LogFile { get; } = HubsSettings.NewLogFile("web-pages");

    public async Task InitializeAsync()
    {
        var database = await TestDatabase.CreateAsync();
        var vhost = await TestVirtualHost.CreateAsync();
        Host = new TestHost<WebEntryPoint>(HubsSettings.Web(database, vhost, LogFile));
        Origin = Host.StartOnLoopback();
        Chromium = await Chromium.LaunchAsync();
    }

    public Task<BrowserPage> OpenAsync(int width = 390, bool javaScript = true) => Chromium.OpenAsync(Origin, width, javaScript: javaScript);

    public async Task DisposeAsync()
    {
        await Chromium.DisposeAsync();
        await Host.DisposeAsync();
    }
}
