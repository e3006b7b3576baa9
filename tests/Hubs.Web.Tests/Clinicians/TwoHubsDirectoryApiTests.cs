using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hubs.Testing.Auth;

namespace Hubs.Web.Tests.Clinicians;

/// <summary>
/// A clinician who works for two Hubs (sessional staff) over HTTP against real PostgreSQL: one profile, listed in
/// every Hub their token grants; each Hub's admin sees it as their own Hub's (never the other Hub), changes the shared
/// fields, and says for their own Hub only whether the clinician still works there.
/// </summary>
public sealed class TwoHubsDirectoryApiTests(WebHostFixture web) : IClassFixture<WebHostFixture>
{
    private const string Own = "/api/my/clinician-profile";

    private async Task<HttpResponseMessage> SendAsync(
        HttpMethod method,
        string uri,
        TestPrincipal who,
        object? body = null
    )
    {
        using var request = new HttpRequestMessage(method, uri);
        if (body is not null)
        {
            using var read = new HttpRequestMessage(HttpMethod.Get, uri).SignedAs(who);
            var etag = (await web.Client.SendAsync(read)).Headers.ETag?.Tag;
            request.Content = JsonContent.Create(body);
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        }

        return await web.Client.SendAsync(request.SignedAs(who));
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<JsonElement?> ListedAsync(TestPrincipal admin, Guid id)
    {
        var list = await JsonAsync(await SendAsync(HttpMethod.Get, "/api/hub-admin/clinicians", admin));
        return list.EnumerateArray()
            .Cast<JsonElement?>()
            .FirstOrDefault(p => p!.Value.GetProperty("id").GetGuid() == id);
    }

    [Fact]
    public async Task Signing_in_with_a_second_hub_lists_the_same_profile_there_without_making_it_stale()
    {
        var subject = Guid.NewGuid();
        var north = TestPrincipal.Person("clinician", ["north"], subject);
        var both = TestPrincipal.Person("clinician", ["north", "south"], subject);
        var southAdmin = TestPrincipal.HubAdmin("south");
        var uri = $"/api/hub-admin/clinicians/{subject}";
        await JsonAsync(await SendAsync(HttpMethod.Get, Own, north));
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(HttpMethod.Get, uri, southAdmin)).StatusCode);
        Assert.Null(await ListedAsync(southAdmin, subject));

        var again = await SendAsync(HttpMethod.Get, Own, both);

        Assert.Equal("\"0\"", again.Headers.ETag?.Tag);
        var seen = await JsonAsync(await SendAsync(HttpMethod.Get, uri, southAdmin));
        Assert.Equal("south", seen.GetProperty("hubId").GetString());
        Assert.NotNull(await ListedAsync(southAdmin, subject));
        Assert.NotNull(await ListedAsync(TestPrincipal.HubAdmin("north"), subject));
    }

    [Fact]
    public async Task Each_hubs_admin_changes_the_shared_profile_but_says_only_for_their_hub_that_they_left()
    {
        var both = TestPrincipal.Person("clinician", ["north", "south"], null);
        var (northAdmin, southAdmin) = (TestPrincipal.HubAdmin("north"), TestPrincipal.HubAdmin("south"));
        var uri = $"/api/hub-admin/clinicians/{both.Subject}";
        await JsonAsync(await SendAsync(HttpMethod.Get, Own, both));

        var named = await JsonAsync(
            await SendAsync(HttpMethod.Put, uri, northAdmin, new { name = "Ola Lis", languages = new[] { "Polish" } })
        );
        var left = await JsonAsync(
            await SendAsync(HttpMethod.Put, uri, southAdmin, new { name = "Ola Lis", active = false })
        );

        Assert.Equal(
            ("north", true),
            (named.GetProperty("hubId").GetString(), named.GetProperty("active").GetBoolean())
        );
        Assert.Equal(
            ("south", false),
            (left.GetProperty("hubId").GetString(), left.GetProperty("active").GetBoolean())
        );
        var inNorth = await JsonAsync(await SendAsync(HttpMethod.Get, uri, northAdmin));
        Assert.True(inNorth.GetProperty("active").GetBoolean());
        Assert.Equal("Ola Lis", inNorth.GetProperty("name").GetString());
        Assert.False((await ListedAsync(southAdmin, both.Subject))!.Value.GetProperty("active").GetBoolean());
        Assert.True((await ListedAsync(northAdmin, both.Subject))!.Value.GetProperty("active").GetBoolean());
        // South's admin is never told which other Hub the clinician works for.
        Assert.DoesNotContain("north", left.GetRawText(), StringComparison.Ordinal);
    }
}
