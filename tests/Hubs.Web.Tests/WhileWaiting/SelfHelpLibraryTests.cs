using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hubs.Testing.Auth;
using Hubs.Web.Features.Journeys.AnsweringScreening;
using Hubs.Web.Tests.Journeys;
using Marten;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Web.Tests.WhileWaiting;

/// <summary>
/// A Hub's self-help library: the hub admin keeps it (page and API, their own Hub only), links must be https, and a
/// keyworker waiting for support reads it on "Your support" and on the referral-sent page, summaries as plain text.
/// </summary>
public sealed class SelfHelpLibraryTests(WebHostFixture web) : IClassFixture<WebHostFixture>
{
    private const string Script = "<script>alert('x')</script>";

    [Fact]
    public async Task The_admin_adds_an_entry_and_a_waiting_keyworker_reads_it_as_text_on_your_support()
    {
        var title = $"Sleep after night shifts {Guid.NewGuid():N}";
        var added = await Admin("south")
            .SubmitAsync(
                "/hub-admin/self-help",
                new Dictionary<string, string>
                {
                    ["Title"] = title,
                    ["Summary"] = $"Simple steps for sleeping in the day. {Script}",
                    ["Link"] = "https://www.nhs.uk/every-mind-matters/mental-wellbeing-tips/how-to-fall-asleep-faster/",
                },
                "Add"
            );
        var keyworker = TestPrincipal.Keyworker();
        await JourneyClient.SubmitAsync(web.Client, Referrals.Valid("south"), keyworker);

        var mine = await Pages(keyworker).GetAsync("/my");

        Assert.Equal(HttpStatusCode.Redirect, added.Status);
        Assert.Contains(title, mine.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", mine.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(Script, mine.Html, StringComparison.Ordinal);
        Assert.Contains(
            "href=\"https://www.nhs.uk/every-mind-matters/mental-wellbeing-tips/how-to-fall-asleep-faster/\"",
            mine.Html,
            StringComparison.Ordinal
        );
        Assert.Contains("Tell us how you are doing", mine.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_referral_sent_page_shows_the_Hubs_library()
    {
        var title = $"Talking to someone {Guid.NewGuid():N}";
        await AddAsync("north", title, "https://www.samaritans.org/");
        var journey = await JourneyClient.SubmitAsync(web.Client);
        var screening = Guid.NewGuid();
        await using (var session = web.Host.Services.GetRequiredService<IDocumentStore>().LightweightSession())
        {
            session.Store(new ScreeningDraft { Id = screening, JourneyId = journey.Id });
            await session.SaveChangesAsync();
        }

        var sent = await Pages(TestPrincipal.Keyworker()).GetAsync($"/refer/sent/{screening}");

        Assert.Contains(title, sent.Html, StringComparison.Ordinal);
        Assert.Contains("While you wait", sent.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("http://www.nhs.uk/")]
    [InlineData("https://someone:secret@www.nhs.uk/")]
    [InlineData("www.nhs.uk")]
    public async Task Only_an_https_link_is_taken_on_the_page_and_the_api(string link)
    {
        var page = await Admin("north")
            .SubmitAsync(
                "/hub-admin/self-help",
                new Dictionary<string, string>
                {
                    ["Title"] = "A title",
                    ["Summary"] = "A summary.",
                    ["Link"] = link,
                },
                "Add"
            );
        var api = await ApiAs(TestPrincipal.HubAdmin("north"))
            .PostAsJsonAsync(
                "/api/hub-admin/self-help",
                new
                {
                    title = "A title",
                    summary = "A summary.",
                    link,
                }
            );

        Assert.True(page.HasErrorFor("Link"));
        Assert.Contains("starting with https://", page.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Contains("https://", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_Hubs_admin_can_neither_see_nor_remove_an_entry()
    {
        var id = await AddAsync("north", $"North only {Guid.NewGuid():N}", "https://www.nhs.uk/");
        var south = ApiAs(TestPrincipal.HubAdmin("south"));

        var listed = await south.GetFromJsonAsync<JsonElement>("/api/hub-admin/self-help");
        var removed = await south.DeleteAsync($"/api/hub-admin/self-help/{id}");
        var asked = await Admin("south").GetAsync("/hub-admin/self-help?hub=north");
        var northList = await ApiAs(TestPrincipal.HubAdmin("north"))
            .GetFromJsonAsync<JsonElement>("/api/hub-admin/self-help");

        Assert.DoesNotContain(listed.EnumerateArray(), e => e.GetProperty("id").GetGuid() == id);
        Assert.Equal(HttpStatusCode.NotFound, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, asked.Status);
        Assert.Contains(northList.EnumerateArray(), e => e.GetProperty("id").GetGuid() == id);
    }

    [Fact]
    public async Task The_admin_removes_an_entry_of_their_own_Hub()
    {
        var id = await AddAsync("north", $"Short-lived {Guid.NewGuid():N}", "https://www.nhs.uk/");
        var admin = ApiAs(TestPrincipal.HubAdmin("north"));

        var removed = await admin.DeleteAsync($"/api/hub-admin/self-help/{id}");
        var list = await admin.GetFromJsonAsync<JsonElement>("/api/hub-admin/self-help");

        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.DoesNotContain(list.EnumerateArray(), e => e.GetProperty("id").GetGuid() == id);
    }

    private async Task<Guid> AddAsync(string hub, string title, string link)
    {
        var response = await ApiAs(TestPrincipal.HubAdmin(hub))
            .PostAsJsonAsync(
                "/api/hub-admin/self-help",
                new
                {
                    title,
                    summary = "Plain words.",
                    link,
                }
            );
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private HttpClient ApiAs(TestPrincipal who) => web.Host.CreateClient().As(who);

    private PageClient Admin(string hub) => Pages(TestPrincipal.HubAdmin(hub));

    private PageClient Pages(TestPrincipal who) =>
        new(web.Host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).As(who));
}
