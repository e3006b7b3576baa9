using System.Net;
using System.Net.Http.Json;
using Hubs.Testing;

namespace Hubs.Web.Tests.Journeys;

/// <summary>A production host answers an API call without a token 401, whatever it asks.</summary>
public class ProductionLockdownTests
{
    [Fact]
    public async Task Without_a_token_a_production_host_refuses_a_referral()
    {
        var database = await TestDatabase.CreateAsync();
        await using var vhost = await TestVirtualHost.CreateAsync();
        var settings = HubsSettings.Web(database, vhost.Uri, HubsSettings.NewLogFile("web-prod"));
        settings["Hubs:Directory:0:Id"] = "north";
        settings["Hubs:Directory:0:Name"] = "North";
        // The test issuer is plain HTTP on loopback; production otherwise insists on HTTPS metadata.
        settings["Oidc:RequireHttpsMetadata"] = "false";
        await using var host = new TestHost<WebEntryPoint>(settings, environment: "Production");

        var response = await host.CreateClient().PostAsJsonAsync("/api/journeys", Referrals.Valid());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
