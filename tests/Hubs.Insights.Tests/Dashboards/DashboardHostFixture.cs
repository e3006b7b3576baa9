using System.Net;
using System.Net.Http.Headers;
using Hubs.Insights.Features.Tables;
using Hubs.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Insights.Tests.Dashboards;

/// <summary>
/// An Insights host (own database and RabbitMQ vhost, signing in with the test issuer) whose fact
/// sources the test sets. <see cref="KestrelDashboardHostFixture"/> serves it on real Kestrel for a browser.
/// </summary>
public class DashboardHostFixture : IAsyncLifetime
{
    private TestHost<InsightsEntryPoint> host = null!;
    private TestVirtualHost vhost = null!;

    internal InMemoryFacts Facts { get; } = new();

    public WebApplicationFactory<InsightsEntryPoint> Factory { get; private set; } = null!;

    /// <summary>Where a browser reaches the host, when it runs on Kestrel; null otherwise.</summary>
    public Uri? Origin { get; private set; }

    /// <summary>Serve on real Kestrel on a free loopback port, for a real browser.</summary>
    protected virtual bool OnKestrel => false;

    public async Task InitializeAsync()
    {
        var database = await TestDatabase.CreateAsync();
        vhost = await TestVirtualHost.CreateAsync();
        host = new TestHost<InsightsEntryPoint>(
            HubsSettings.Insights(database, vhost, HubsSettings.NewLogFile("insights-dashboards"))
        );
        Factory = host.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton<IJourneyFactsSource>(Facts);
                services.AddSingleton<ITeamActivitySource>(Facts);
                services.AddSingleton<Hubs.Insights.Disclosure.IRecordKeySource>(FixedRecordKeys.Shared);
                services.AddSingleton<Hubs.Insights.Features.HubWork.IHubWorkSource>(Reports.ReportCohort.HubWork());
            })
        );
        if (OnKestrel)
        {
            var port = FreePort.Next();
            Factory.UseKestrel(options => options.Listen(IPAddress.Loopback, port));
            Factory.StartServer();
            Origin = new Uri($"http://127.0.0.1:{port}/");
        }
    }

    public HttpClient Client(string? token = null)
    {
        var client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await host.DisposeAsync();
        vhost.Release();
    }
}

/// <summary>The dashboard host on real Kestrel, for browser tests.</summary>
public sealed class KestrelDashboardHostFixture : DashboardHostFixture
{
    protected override bool OnKestrel => true;
}
