using Hubs.Testing;
using Hubs.Web;

namespace Hubs.Web.Tests;

/// <summary>A Web host of its own per test class: own database, own RabbitMQ vhost, own log file.</summary>
public sealed class WebHostFixture : IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = null!;

    public TestVirtualHost VirtualHost { get; private set; } = null!;

    public TestHost<WebEntryPoint> Host { get; private set; } = null!;

    public string LogFile { get; } = HubsSettings.NewLogFile("web");

    public HttpClient Client { get; private set; } = null!;

    /// <summary>The host's clock: move it on to record what happened at an appointment.</summary>
    public TestClock Clock { get; } = new();

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        VirtualHost = await TestVirtualHost.CreateAsync();
        Host = new TestHost<WebEntryPoint>(HubsSettings.Web(Database, VirtualHost.Uri, LogFile), clock: Clock);
        Client = Host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        VirtualHost.Release();
    }
}
