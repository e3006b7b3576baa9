using Hubs.Testing;

namespace Hubs.Benchmarks.Scale;

/// <summary>
/// Web, Insights and Identity over the seeded database, each its own process on a loopback port (as deployed: one
/// host per pod), so that each one's memory is its own.
/// </summary>
internal sealed class ScaleStack(HostServer web, HostServer insights, HostServer identity) : IAsyncDisposable
{
    public HostServer Web { get; } = web;

    public HostServer Insights { get; } = insights;

    public HostServer Identity { get; } = identity;

    public IEnumerable<HostServer> Hosts => [Web, Insights, Identity];

    public static async Task<ScaleStack> StartAsync(
        TestDatabase database,
        TestVirtualHost vhost,
        IReadOnlyDictionary<string, string> command
    )
    {
        var insights = await HostServer.StartAsync(
            "Insights",
            "Hubs.Insights.dll",
            RepositoryRoot.Combine("src", "Hubs.Insights"),
            HostSettings.AsImage(HostSettings.Insights(database, vhost))
        );
        var identity = await HostServer.StartAsync(
            "Identity",
            "Hubs.Identity.dll",
            RepositoryRoot.Combine("src", "Hubs.Identity"),
            HostSettings.AsImage(HostSettings.Identity(database))
        );
        var web = await HostServer.StartAsync(
            "Web",
            "Hubs.Web.dll",
            RepositoryRoot.Combine("src", "Hubs.Web"),
            HostSettings.AsImage(HostSettings.Web(database, vhost, command))
        );
        return new ScaleStack(web, insights, identity);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in Hosts)
        {
            await host.DisposeAsync();
        }
    }
}
