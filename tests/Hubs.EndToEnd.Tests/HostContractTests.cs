using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hubs.Identity;
using Hubs.Testing;

namespace Hubs.EndToEnd.Tests;

/// <summary>What every host promises an operator and an integrator: health endpoints and an OpenAPI document.</summary>
public class HostContractTests(HubsSystemFixture system) : IClassFixture<HubsSystemFixture>
{
    [Fact]
    public async Task Web_and_Insights_are_live_and_ready_with_their_database_and_broker_checked()
    {
        foreach (var client in new[] { system.Web.CreateClient(), system.Insights.CreateClient() })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
            var ready = await client.GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            var checks = (await ready.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("checks");
            Assert.Equal("Healthy", checks.GetProperty("postgres").GetString());
            Assert.Contains(checks.EnumerateObject(), c =>
                c.Name.Contains("masstransit", StringComparison.OrdinalIgnoreCase) && c.Value.GetString() == "Healthy"
            );
        }
    }

    [Fact]
    public async Task Identity_is_live_and_ready()
    {
        await using var identity = new TestHost<IdentityEntryPoint>(
            new Dictionary<string, string?> { ["ConnectionStrings:Identity"] = system.Database.Identity }
        );
        var client = identity.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task A_host_whose_database_is_down_is_live_but_not_ready()
    {
        var settings = HubsSettings.Insights(
            system.Database,
            system.VirtualHost.Uri,
            HubsSettings.NewLogFile("insights-down")
        );
        settings["ConnectionStrings:Insights"] = "Host=127.0.0.1;Port=1;Username=nobody;Password=x;Timeout=2";
        settings["Hubs:Schema:AutoCreate"] = "false";
        await using var insights = new TestHost<Hubs.Insights.InsightsEntryPoint>(settings);
        var client = insights.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.DoesNotContain("Port=1", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_OpenAPI_documents_describe_every_endpoint_with_request_and_response_schemas()
    {
        var web = await system.Web.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var submit = web.GetProperty("paths").GetProperty("/api/journeys").GetProperty("post");
        Assert.True(submit.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _));
        Assert.True(submit.GetProperty("responses").TryGetProperty("201", out _));
        Assert.True(submit.GetProperty("responses").TryGetProperty("400", out _));
        Assert.True(web.GetProperty("components").GetProperty("schemas").TryGetProperty("SubmitSelfReferral", out _));

        var insights = await system.Insights.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var feed = insights.GetProperty("paths").GetProperty("/api/insights/referrals").GetProperty("get");
        Assert.True(
            feed.GetProperty("responses")
                .GetProperty("200")
                .GetProperty("content")
                .TryGetProperty("application/json", out _)
        );
        Assert.True(insights.GetProperty("components").GetProperty("schemas").TryGetProperty("PublishedTable", out _));
    }
}
