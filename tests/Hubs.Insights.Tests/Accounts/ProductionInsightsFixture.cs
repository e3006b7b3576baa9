using Hubs.Testing;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Hubs.Insights.Tests.Accounts;

/// <summary>
/// Insights as deployed (Production) behind the trusted proxy that ends TLS, started once for the classes that look
/// at it from outside (<see cref="PlainHttpPageTests"/>, <see cref="ProductionCookieTests"/>): each set up the same
/// host of its own. The test issuer is plain HTTP on loopback; production otherwise insists on HTTPS metadata.
/// </summary>
public sealed class ProductionInsightsFixture : IAsyncLifetime
{
    private TestVirtualHost vhost = null!;
    private TestHost<InsightsEntryPoint> production = null!;

    public WebApplicationFactory<InsightsEntryPoint> Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var database = await TestDatabase.CreateAsync();
        vhost = await TestVirtualHost.CreateAsync();
        var settings = HubsSettings.Insights(database, vhost, HubsSettings.NewLogFile("insights-production"));
        settings["Oidc:RequireHttpsMetadata"] = "false";
        settings["ForwardedHeaders:KnownProxies:0"] = TrustedProxy.Address;
        production = new TestHost<InsightsEntryPoint>(settings, environment: "Production");
        Host = TrustedProxy.Behind(production);
        _ = Host.Services;
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await production.DisposeAsync();
        vhost.Release();
    }
}

[CollectionDefinition(Name)]
public sealed class ProductionInsights : ICollectionFixture<ProductionInsightsFixture>
{
    public const string Name = "Production Insights";
}
