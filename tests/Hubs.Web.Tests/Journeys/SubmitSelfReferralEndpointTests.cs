using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hubs.Testing.Auth;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Events;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Web.Tests.Journeys;

public class SubmitSelfReferralEndpointTests(WebHostFixture web) : IClassFixture<WebHostFixture>
{
    [Fact]
    public async Task A_valid_referral_is_created_and_its_stream_starts()
    {
        var response = await web.Client.PostAsKeyworkerAsync("/api/journeys", Referrals.Valid());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetGuid();
        Assert.Equal($"/api/journeys/{id}", response.Headers.Location?.ToString());
        Assert.Equal("submitted", body.GetProperty("status").GetString());

        var store = web.Host.Services.GetRequiredService<IDocumentStore>();
        await using var session = store.QuerySession();
        var events = await session.Events.FetchStreamAsync(id);
        var submitted = Assert.IsType<SelfReferralSubmitted>(Assert.Single(events).Data);
        Assert.Equal("north", submitted.HubId);
        var journey = await session.LoadAsync<Journey>(id);
        Assert.Equal(JourneyStatus.Submitted, journey?.Status);
    }

    [Fact]
    public async Task Each_bad_field_is_named_in_a_problem_response()
    {
        var referral = Referrals.Valid();
        referral["hubId"] = "nowhere";
        referral["email"] = "not-an-email";
        referral["helpWith"] = "";
        referral["consentToSupport"] = false;

        var response = await web.Client.PostAsKeyworkerAsync("/api/journeys", referral);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(
            ["consentToSupport", "email", "helpWith", "hubId"],
            errors.EnumerateObject().Select(p => p.Name).Order().ToArray()
        );
    }

    [Fact]
    public async Task An_unknown_category_is_refused_without_internals()
    {
        var referral = Referrals.Valid();
        referral["sector"] = "banking";

        var response = await web.Client.PostAsKeyworkerAsync("/api/journeys", referral);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"status\":400", text.Replace(" ", "", StringComparison.Ordinal));
        Assert.DoesNotContain("System.", text);
        Assert.DoesNotContain("   at ", text);
    }

    [Fact]
    public async Task A_refused_referral_saves_nothing()
    {
        var store = web.Host.Services.GetRequiredService<IDocumentStore>();
        await using var session = store.QuerySession();
        var before = await session.Query<Journey>().CountAsync();
        var referral = Referrals.Valid();
        referral["name"] = "";

        var response = await web.Client.PostAsKeyworkerAsync("/api/journeys", referral);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await session.Query<Journey>().CountAsync());
    }
}
