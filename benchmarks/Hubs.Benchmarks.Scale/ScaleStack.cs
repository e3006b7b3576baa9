using Hubs.Insights;
using Hubs.Testing;
using Hubs.Web;

namespace Hubs.Benchmarks.Scale;

/// <summary>
/// Web and Insights on real Kestrel sockets over the seeded database, as the clinic benchmark runs Web.
/// </summary>
internal sealed class ScaleStack : IAsyncDisposable
{
    private ScaleStack(
        TestHost<WebEntryPoint> web,
        Uri webUri,
        TestHost<InsightsEntryPoint> insights,
        Uri insightsUri,
        TestDatabase database
    )
    {
        Web = web;
        WebUri = webUri;
        Insights = insights;
        InsightsUri = insightsUri;
        Database = database;
    }

    public TestHost<WebEntryPoint> Web { get; }

    public Uri WebUri { get; }

    public TestHost<InsightsEntryPoint> Insights { get; }

    public Uri InsightsUri { get; }

    public TestDatabase Database { get; }

    public static ScaleStack Start(
        TestDatabase database,
        TestVirtualHost vhost,
        IReadOnlyList<string> hubIds,
        BenchmarkKeys keys
    )
    {
        Environment.SetEnvironmentVariable(
            "ASPNETCORE_TEST_CONTENTROOT_HUBS_WEB",
            RepositoryRoot.Combine("src", "Hubs.Web")
        );
        Environment.SetEnvironmentVariable(
            "ASPNETCORE_TEST_CONTENTROOT_HUBS_INSIGHTS",
            RepositoryRoot.Combine("src", "Hubs.Insights")
        );
        var insights = new TestHost<InsightsEntryPoint>(
            HubsSettings.Insights(database, vhost, HubsSettings.NewLogFile("bench-scale-insights"))
        );
        var insightsPort = FreePort.Next();
        insights.UseKestrel(insightsPort);
        insights.StartServer();
        var settings = new Dictionary<string, string?>(
            HubsSettings.Web(database, vhost, HubsSettings.NewLogFile("bench-scale-web"))
        );
        foreach (var (key, value) in ScaleSettings.Directory(hubIds, ":"))
        {
            settings[key] = value;
        }

        settings["DataKeys:MasterKey"] = keys.DataMasterKey;
        settings["Pseudonymisation:Key"] = keys.Pseudonymisation;

        var web = new TestHost<WebEntryPoint>(settings);
        var webPort = FreePort.Next();
        web.UseKestrel(webPort);
        web.StartServer();
        return new ScaleStack(
            web,
            new Uri($"http://127.0.0.1:{webPort}"),
            insights,
            new Uri($"http://127.0.0.1:{insightsPort}"),
            database
        );
    }

    public async ValueTask DisposeAsync()
    {
        await Web.DisposeAsync();
        await Insights.DisposeAsync();
    }
}
