using Hubs.Testing;
using Hubs.Testing.Browser;

namespace Hubs.Web.Tests.Contact;

/// <summary>The Web host on real Kestrel with its development mailbox, and one headless Chromium.</summary>
public sealed class ThreadBrowserFixture : IAsyncLifetime
{
    private TestVirtualHost vhost = null!;

    public TestHost<WebEntryPoint> Host { get; private set; } = null!;

    public Uri Origin { get; private set; } = null!;

    public HttpClient Api { get; private set; } = null!;

    public Chromium Chromium { get; private set; } = null!;

    public string Mail { get; } = Directory.CreateTempSubdirectory("hubs-mail-").FullName;

    /// <summary>
    /// Real time until a test moves it on (a notice outside the keyworker's safe times waits for them).
    /// </summary>
    public TestClock Clock { get; } = new();

    public async Task InitializeAsync()
    {
        vhost = await TestVirtualHost.CreateAsync();
        var settings = HubsSettings.Web(await TestDatabase.CreateAsync(), vhost, HubsSettings.NewLogFile("web-thread"));
        settings["Email:PickupDirectory"] = Mail;
        settings["Sms:PickupDirectory"] = Directory.CreateTempSubdirectory("hubs-sms-").FullName;
        settings["Contact:PollInterval"] = "00:00:00.200";
        Host = new TestHost<WebEntryPoint>(settings, clock: Clock);
        Origin = Host.StartOnLoopback();
        Api = new HttpClient { BaseAddress = Origin };
        Chromium = await Chromium.SharedAsync();
    }

    public Task<BrowserPage> OpenAsync() => Chromium.OpenAsync(Origin, width: 1024);

    public async Task DisposeAsync()
    {
        Api.Dispose();
        await Chromium.DisposeAsync();
        await Host.DisposeAsync();
        vhost.Release();
    }
}
