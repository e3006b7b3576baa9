using Hubs.Testing;
using Hubs.Web;

namespace Hubs.Benchmarks.Scale;

/// <summary>
/// Web in this process, for what reads Web's services directly (who to be in the busiest Hub, the in-process staff
/// search). Stopped before the hosts' own processes start, so that they serve and measure alone.
/// </summary>
internal static class InProcessWeb
{
    public static TestHost<WebEntryPoint> Start(
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
        var settings = new Dictionary<string, string?>(
            HubsSettings.Web(database, vhost, HubsSettings.NewLogFile("bench-scale-web-in-process"))
        );
        foreach (var (key, value) in ScaleSettings.Directory(hubIds, ":"))
        {
            settings[key] = value;
        }

        settings["DataKeys:MasterKey"] = keys.DataMasterKey;
        settings["Pseudonymisation:Key"] = keys.Pseudonymisation;
        return new TestHost<WebEntryPoint>(settings);
    }
}
