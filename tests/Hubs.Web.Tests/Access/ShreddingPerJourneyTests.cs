using System.Net;
using Hubs.Web.Tests.Journeys;

namespace Hubs.Web.Tests.Access;

/// <summary>A Hub's lead shreds their own Hub's journey, never the same keyworker's record in another Hub.</summary>
public sealed class ShreddingPerJourneyTests(WebHostFixture web) : IClassFixture<WebHostFixture>
{
    [Fact]
    public async Task Shredding_a_north_journey_leaves_the_same_keyworkers_south_journey_readable()
    {
        var north = await JourneyClient.SubmitAsync(web.Client, Referrals.Valid("north"));
        var south = await JourneyClient.SubmitAsync(web.Client, Referrals.Valid("south"), north.Keyworker);

        var shredded = await web.Client.SendAsync(
            Staff
                .Lead("north")
                .Request(HttpMethod.Post, $"/api/journeys/{north.Id}/shredding", new { ground = "kept-without-need" })
        );

        Assert.Equal(HttpStatusCode.NoContent, shredded.StatusCode);
        var southRecord = await south.GetAsync(Staff.Lead("south"));
        var northRecord = await north.GetAsync(Staff.Lead("north"));
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, southRecord.GetProperty("person").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, northRecord.GetProperty("person").ValueKind);
    }

    [Fact]
    public async Task Another_hubs_lead_cannot_shred_the_journey()
    {
        var north = await JourneyClient.SubmitAsync(web.Client, Referrals.Valid("north"));

        var refused = await web.Client.SendAsync(
            Staff
                .Lead("south")
                .Request(HttpMethod.Post, $"/api/journeys/{north.Id}/shredding", new { ground = "kept-without-need" })
        );

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.NotEqual(
            System.Text.Json.JsonValueKind.Null,
            (await north.GetAsync(Staff.Lead("north"))).GetProperty("person").ValueKind
        );
    }
}
