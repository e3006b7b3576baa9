using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hubs.Testing.Auth;

namespace Hubs.Web.Tests.ServiceDirectory;

/// <summary>
/// A hub admin keeps their Hub's directory over HTTP: created with an ETag, changed only at the version read, archived
/// (never deleted); another Hub's admin gets 404 for it, read or write.
/// </summary>
public sealed class ServiceDirectoryApiTests(WebHostFixture web) : IClassFixture<WebHostFixture>
{
    private static readonly object Talking = new
    {
        kind = "talking-therapies",
        name = "Northshire Talking Therapies",
        howToRefer = "Self-referral online, or the Hub refers with consent.",
        eligibility = "Registered with a Northshire GP.",
        contact = "0300 000 0000",
    };

    [Fact]
    public async Task An_admin_lists_changes_and_archives_a_service_at_the_version_they_read()
    {
        var north = TestPrincipal.HubAdmin("north");
        var created = await Send(north, HttpMethod.Post, "/api/service-directory", Talking);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("\"1\"", created.Headers.ETag?.Tag);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var read = await Send(north, HttpMethod.Get, $"/api/service-directory/{id}");
        var body = await read.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("talking-therapies", body.GetProperty("details").GetProperty("kind").GetString());
        Assert.Equal("\"1\"", read.Headers.ETag?.Tag);

        var change = new
        {
            kind = "talking-therapies",
            name = "Northshire TT",
            howToRefer = "Online.",
        };
        Assert.Equal(
            HttpStatusCode.PreconditionRequired,
            (await Send(north, HttpMethod.Post, $"/api/service-directory/{id}/details", change)).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.OK,
            (await Send(north, HttpMethod.Post, $"/api/service-directory/{id}/details", change, 1)).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.Conflict,
            (await Send(north, HttpMethod.Post, $"/api/service-directory/{id}/details", change, 1)).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.OK,
            (await Send(north, HttpMethod.Post, $"/api/service-directory/{id}/archive", null, 2)).StatusCode
        );
        var again = await Send(north, HttpMethod.Post, $"/api/service-directory/{id}/archive", null, 3);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Contains("service-archived", await again.Content.ReadAsStringAsync());

        var list = await (
            await Send(north, HttpMethod.Get, "/api/service-directory")
        ).Content.ReadFromJsonAsync<JsonElement>();
        var entry = list.EnumerateArray().Single(e => e.GetProperty("id").GetGuid() == id);
        Assert.True(entry.GetProperty("archived").GetBoolean());
        Assert.Equal("Northshire TT", entry.GetProperty("details").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Another_Hubs_admin_can_neither_read_nor_change_nor_list_it()
    {
        var created = await Send(TestPrincipal.HubAdmin("north"), HttpMethod.Post, "/api/service-directory", Talking);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var south = TestPrincipal.HubAdmin("south");

        Assert.Equal(
            HttpStatusCode.NotFound,
            (await Send(south, HttpMethod.Get, $"/api/service-directory/{id}")).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await Send(south, HttpMethod.Post, $"/api/service-directory/{id}/details", Talking, 1)).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await Send(south, HttpMethod.Post, $"/api/service-directory/{id}/archive", null, 1)).StatusCode
        );
        var list = await (
            await Send(south, HttpMethod.Get, "/api/service-directory")
        ).Content.ReadFromJsonAsync<JsonElement>();
        Assert.DoesNotContain(list.EnumerateArray(), e => e.GetProperty("id").GetGuid() == id);
        var asHeader = new HttpRequestMessage(HttpMethod.Get, $"/api/service-directory/{id}").SignedAs(south);
        asHeader.Headers.Add("X-Hubs-Hub-Id", "north");
        var refused = await web.Client.SendAsync(asHeader);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_service_without_a_kind_or_name_is_a_problem_per_field()
    {
        var response = await Send(
            TestPrincipal.HubAdmin("north"),
            HttpMethod.Post,
            "/api/service-directory",
            new { howToRefer = "Phone." }
        );
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("Kind", out _) || errors.TryGetProperty("kind", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("Name", out _) || errors.TryGetProperty("name", out _), errors.ToString());
    }

    private async Task<HttpResponseMessage> Send(
        TestPrincipal who,
        HttpMethod method,
        string uri,
        object? body = null,
        long? version = null
    )
    {
        using var request = new HttpRequestMessage(method, uri).SignedAs(who);
        if (body is not null || method == HttpMethod.Post)
        {
            request.Content = JsonContent.Create(body ?? new { });
        }

        if (version is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", $"\"{version}\"");
        }

        return await web.Client.SendAsync(request);
    }
}
