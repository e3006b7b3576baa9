using Hubs.Identity.Testing;
using Hubs.Insights;
using Hubs.Testing;

namespace Hubs.Identity.Tests.Oidc;

/// <summary>
/// The real Identity on Kestrel and the real Insights host trusting it (its <c>Oidc:Authority</c>), each with its
/// own database, as deployed: a token Identity issues is what Insights sees.
/// </summary>
public sealed class IdentityAndInsightsFixture : IAsyncLifetime
{
    private TestVirtualHost vhost = null!;

    public LiveIdentity Identity { get; private set; } = null!;

    public TestHost<InsightsEntryPoint> Insights { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Identity = await LiveIdentity.StartAsync();
        var database = await TestDatabase.CreateAsync();
        vhost = await TestVirtualHost.CreateAsync();
        var settings = HubsSettings.Insights(database, vhost, HubsSettings.NewLogFile("insights"));
        settings["Oidc:Authority"] = Identity.BaseUrl.ToString();
        Insights = new TestHost<InsightsEntryPoint>(settings);
    }

    public async Task DisposeAsync()
    {
        await Insights.DisposeAsync();
        await Identity.DisposeAsync();
        vhost.Release();
    }
}
