using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hubs.Testing.Auth;

namespace Hubs.Web.Tests.Clinicians;

/// <summary>
/// The clinician directory over HTTP against real PostgreSQL: a clinician's first visit makes their profile, their
/// Hub's admin fills it in, another Hub's admin neither sees nor changes it, and only the clinician gives their
/// background, with their agreement.
/// </summary>
public sealed class ClinicianDirectoryApiTests(WebHostFixture web) : IClassFixture<WebHostFixture>
{
    private static readonly object Filled = new
    {
        name = "Marta Nowak",
        professions = new[] { "cbt-therapist" },
        modes = new[] { "video", "phone" },
        outOfHours = new[] { "nights" },
        specialisms = new[] { "trauma", "moral-injury" },
        workingPattern = new[]
        {
            new
            {
                day = "Tuesday",
                from = "18:00",
                to = "21:00",
            },
            new
            {
                day = "Wednesday",
                from = "09:00",
                to = "17:00",
            },
        },
        gender = "Woman",
        languages = new[] { "English", "Polish" },
        culturalBackground = "Polish",
    };

    /// <summary>A request as a client makes it: a change names the version it has just read (If-Match).</summary>
    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string uri, TestPrincipal who, object? body)
    {
        var read = method == HttpMethod.Put ? await SendAsync(HttpMethod.Get, uri, who, null, null) : null;
        return await SendAsync(method, uri, who, body, read?.Headers.ETag?.Tag);
    }

    private async Task<HttpResponseMessage> SendAsync(
        HttpMethod method,
        string uri,
        TestPrincipal who,
        object? body,
        string? ifMatch
    )
    {
        using var request = new HttpRequestMessage(method, uri);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await web.Client.SendAsync(request.SignedAs(who));
    }

    [Fact]
    public async Task A_change_names_the_version_it_read_so_a_change_made_meanwhile_is_not_lost()
    {
        var clinician = TestPrincipal.Clinician("north");
        var admin = TestPrincipal.HubAdmin("north");
        const string Own = "/api/my/clinician-profile";
        var uri = $"/api/hub-admin/clinicians/{clinician.Subject}";
        var opened = await SendAsync(HttpMethod.Get, Own, clinician, null);
        Assert.Equal("\"0\"", opened.Headers.ETag?.Tag);

        var blind = await SendAsync(HttpMethod.Put, uri, admin, Filled, null);
        var mine = await SendAsync(HttpMethod.Put, Own, clinician, new { name = "Ola Lis" }, "\"0\"");
        var stale = await SendAsync(HttpMethod.Put, uri, admin, Filled, "\"0\"");

        Assert.Equal(HttpStatusCode.PreconditionRequired, blind.StatusCode);
        Assert.Equal("\"1\"", mine.Headers.ETag?.Tag);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var kept = await JsonAsync(await SendAsync(HttpMethod.Get, uri, admin, null));
        Assert.Equal("Ola Lis", kept.GetProperty("name").GetString());
        var fresh = await SendAsync(HttpMethod.Put, uri, admin, Filled, "\"1\"");
        Assert.Equal("\"2\"", fresh.Headers.ETag?.Tag);
        Assert.Equal("Marta Nowak", (await JsonAsync(fresh)).GetProperty("name").GetString());
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task A_clinicians_first_visit_lists_them_for_their_hubs_admin_who_fills_in_the_profile()
    {
        var clinician = TestPrincipal.Clinician("north");
        var admin = TestPrincipal.HubAdmin("north");
        var uri = $"/api/hub-admin/clinicians/{clinician.Subject}";
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(HttpMethod.Get, uri, admin, null)).StatusCode);

        var own = await JsonAsync(await SendAsync(HttpMethod.Get, "/api/my/clinician-profile", clinician, null));
        Assert.Equal("New clinician", own.GetProperty("name").GetString());
        var listed = await JsonAsync(await SendAsync(HttpMethod.Get, "/api/hub-admin/clinicians", admin, null));
        Assert.Contains(listed.EnumerateArray(), p => p.GetProperty("id").GetGuid() == clinician.Subject);

        var saved = await JsonAsync(await SendAsync(HttpMethod.Put, uri, admin, Filled));
        Assert.Equal("Marta Nowak", saved.GetProperty("name").GetString());
        Assert.Equal(
            ["trauma", "moral-injury"],
            saved.GetProperty("specialisms").EnumerateArray().Select(s => s.GetString())
        );
        Assert.Equal("18:00", saved.GetProperty("workingPattern")[0].GetProperty("from").GetString());
        // The admin's "culturalBackground" is not part of their change: only the clinician gives it.
        Assert.Equal(JsonValueKind.Null, saved.GetProperty("culturalBackground").ValueKind);
        var read = await JsonAsync(await SendAsync(HttpMethod.Get, "/api/my/clinician-profile", clinician, null));
        Assert.Equal(["English", "Polish"], read.GetProperty("languages").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task Another_hubs_admin_can_neither_see_nor_change_a_profile()
    {
        var clinician = TestPrincipal.Clinician("north");
        await JsonAsync(await SendAsync(HttpMethod.Get, "/api/my/clinician-profile", clinician, null));
        var south = TestPrincipal.HubAdmin("south");
        var uri = $"/api/hub-admin/clinicians/{clinician.Subject}";

        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(HttpMethod.Get, uri, south, null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(HttpMethod.Put, uri, south, Filled)).StatusCode);
        var theirs = await SendAsync(HttpMethod.Get, "/api/hub-admin/clinicians?hubId=north", south, null);
        Assert.Equal(HttpStatusCode.NotFound, theirs.StatusCode);
        var own = await JsonAsync(await SendAsync(HttpMethod.Get, "/api/hub-admin/clinicians", south, null));
        Assert.DoesNotContain(own.EnumerateArray(), p => p.GetProperty("id").GetGuid() == clinician.Subject);
        var unchanged = await JsonAsync(await SendAsync(HttpMethod.Get, "/api/my/clinician-profile", clinician, null));
        Assert.Equal("New clinician", unchanged.GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_background_is_kept_only_with_the_clinicians_agreement_and_withdrawing_removes_it()
    {
        var clinician = TestPrincipal.Clinician("north");
        const string Uri = "/api/my/clinician-profile";

        var refused = await SendAsync(
            HttpMethod.Put,
            Uri,
            clinician,
            new
            {
                name = "Ola",
                culturalBackground = "Polish",
                agreeToUseBackground = false,
            }
        );
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Tick to agree", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var agreed = await JsonAsync(
            await SendAsync(
                HttpMethod.Put,
                Uri,
                clinician,
                new
                {
                    name = "Ola",
                    culturalBackground = "Polish",
                    agreeToUseBackground = true,
                }
            )
        );
        Assert.Equal("Polish", agreed.GetProperty("culturalBackground").GetString());

        var withdrawn = await JsonAsync(await SendAsync(HttpMethod.Put, Uri, clinician, new { name = "Ola" }));
        Assert.Equal(JsonValueKind.Null, withdrawn.GetProperty("culturalBackground").ValueKind);
    }

    [Theory]
    [InlineData("Funday", "09:00", "17:00", "Name each working day")]
    [InlineData("Monday", "9am", "17:00", "24-hour times")]
    [InlineData("Monday", "17:00", "09:00", "end after it starts")]
    public async Task A_working_pattern_that_cannot_be_read_is_a_plain_problem(
        string day,
        string from,
        string to,
        string words
    )
    {
        var clinician = TestPrincipal.Clinician("north");
        await JsonAsync(await SendAsync(HttpMethod.Get, "/api/my/clinician-profile", clinician, null));

        var response = await SendAsync(
            HttpMethod.Put,
            $"/api/hub-admin/clinicians/{clinician.Subject}",
            TestPrincipal.HubAdmin("north"),
            new
            {
                name = "Kim",
                workingPattern = new[]
                {
                    new
                    {
                        day,
                        from,
                        to,
                    },
                },
            }
        );

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(words, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hub_lead_who_is_not_a_clinician_has_no_profile_to_make()
    {
        var lead = TestPrincipal.HubLead("north");

        var response = await SendAsync(HttpMethod.Get, "/api/my/clinician-profile", lead, null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
