using Hubs.Insights;
using Hubs.Testing;
using Hubs.Web;

namespace Hubs.Benchmarks.Pipeline;

/// <summary>A Web and an Insights host on a fresh database and vhost of the real servers.</summary>
internal sealed class PipelineUnderTest : IAsyncDisposable
{
    private PipelineUnderTest(TestDatabase database, TestHost<WebEntryPoint> web, TestHost<InsightsEntryPoint> insights)
    {
        Database = database;
        Web = web;
        Insights = insights;
    }

    public TestDatabase Database { get; }

    public TestHost<WebEntryPoint> Web { get; }

    public TestHost<InsightsEntryPoint> Insights { get; }

    public static async Task<PipelineUnderTest> StartAsync()
    {
        var database = await TestDatabase.CreateAsync();
        var vhost = await TestVirtualHost.CreateAsync();
        var insights = new TestHost<InsightsEntryPoint>(
            HubsSettings.Insights(database, vhost.Uri, HubsSettings.NewLogFile("bench-insights"))
        );
        _ = insights.Services;
        var web = new TestHost<WebEntryPoint>(
            HubsSettings.Web(database, vhost.Uri, HubsSettings.NewLogFile("bench-web"))
        );
        _ = web.Services;
        return new PipelineUnderTest(database, web, insights);
    }

    public Task<long> AppliedAsync() => Database.CountAsync("SELECT count(*) FROM insights.processed_messages");

    public async ValueTask DisposeAsync()
    {
        await Web.DisposeAsync();
        await Insights.DisposeAsync();
    }
}
