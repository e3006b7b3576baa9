using Hubs.Insights;
using Hubs.Testing;
using Hubs.Web;

namespace Hubs.EndToEnd.Tests;

/// <summary>Web and Insights hosts sharing one database server and one RabbitMQ vhost, as deployed.</summary>
public sealed class HubsSystemFixture : IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = null!;

    public TestVirtualHost VirtualHost { get; private set; } = null!;

    public TestHost<WebEntryPoint> Web { get; private set; } = null!;

    public TestHost<InsightsEntryPoint> Insights { get; private set; } = null!;

    public string WebLog { get; } = HubsSettings.NewLogFile("web");

    public string InsightsLog { get; } = HubsSettings.NewLogFile("insights");

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        VirtualHost = await TestVirtualHost.CreateAsync();
        Insights = new TestHost<InsightsEntryPoint>(HubsSettings.Insights(Database, VirtualHost.Uri, InsightsLog));
        _ = Insights.Services; // start consuming before anything is published
        Web = new TestHost<WebEntryPoint>(
            HubsSettings.Web(Database, VirtualHost.Uri, WebLog),
            clock: Journeys.EndToEndClock.Shared
        );
        _ = Web.Services;
    }

    public async Task DisposeAsync()
    {
        await Web.DisposeAsync();
        await Insights.DisposeAsync();
        VirtualHost.Release();
    }
}
