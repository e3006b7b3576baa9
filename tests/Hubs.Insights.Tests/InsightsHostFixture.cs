using Hubs.Insights;
using Hubs.Testing;

namespace Hubs.Insights.Tests;

/// <summary>An Insights host of its own per test class: own database and RabbitMQ vhost.</summary>
public sealed class InsightsHostFixture : IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = null!;

    public TestVirtualHost VirtualHost { get; private set; } = null!;

    public TestHost<InsightsEntryPoint> Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        VirtualHost = await TestVirtualHost.CreateAsync();
        Host = new TestHost<InsightsEntryPoint>(
            HubsSettings.Insights(Database, VirtualHost.Uri, HubsSettings.NewLogFile("insights"))
        );
        _ = Host.Services;
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        VirtualHost.Release();
    }
}
