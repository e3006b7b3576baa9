using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hubs.Testing.Auth;
using Hubs.Web.Tests.Clinic;

namespace Hubs.Web.Tests.Clinicians;

/// <summary>
/// A clinician who also works for Hub south, on the pages: south's allocation suggestions and south's clinicians page
/// include them only once their token grants south, and not after south's admin says they left; north's still do.
/// An admin of both Hubs sees a clinician's profile in the Hub they chose with the switcher (or name in the API's
/// header), never in another of theirs.
/// </summary>
public sealed class TwoHubsPagesTests(ClinicFixture clinic) : IClassFixture<ClinicFixture>
{
    [Fact]
    public async Task Suggestions_in_a_hub_include_a_clinician_only_while_they_work_for_it()
    {
        var subject = Guid.NewGuid();
        var name = $"Zofia Sessional {subject.ToString()[..6]}";
        var api = clinic.App.CreateClient();
        await JoinAsync(api, TestPrincipal.Person("clinician", ["north"], subject));
        var northAdmin = clinic.As(TestPrincipal.HubAdmin("north"));
        var named = await northAdmin.SubmitAsync(
            $"/hub-admin/clinicians/{subject}",
            new Dictionary<string, string> { ["Name"] = name, ["Languages"] = "English" }
        );
        Assert.Equal(HttpStatusCode.Redirect, named.Status);
        var southJourney = await ClinicReferrals.SubmitAsync(clinic, "south");
        var northJourney = await ClinicReferrals.SubmitAsync(clinic, "north");
        var southLead = clinic.As(ClinicFixture.Lead("south"));
        var southAdmin = clinic.As(TestPrincipal.HubAdmin("south"));
        Assert.DoesNotContain(name, await SuggestedAsync(southLead, southJourney), StringComparison.Ordinal);
        Assert.DoesNotContain(
            name,
            (await southAdmin.GetAsync("/hub-admin/clinicians")).Html,
            StringComparison.Ordinal
        );

        await JoinAsync(api, TestPrincipal.Person("clinician", ["north", "south"], subject));

        Assert.Contains(name, await SuggestedAsync(southLead, southJourney), StringComparison.Ordinal);
        Assert.Contains(name, (await southAdmin.GetAsync("/hub-admin/clinicians")).Html, StringComparison.Ordinal);
        var profile = await southAdmin.GetAsync($"/hub-admin/clinicians/{subject}");
        Assert.Contains("They also work for another Hub", profile.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("north", profile.Html, StringComparison.OrdinalIgnoreCase);

        var left = await southAdmin.PostAsync(
            $"/hub-admin/clinicians/{subject}",
            profile.Html,
            new Dictionary<string, string> { ["Name"] = name, ["Active"] = "false" }
        );

        Assert.Equal(HttpStatusCode.Redirect, left.Status);
        Assert.DoesNotContain(name, await SuggestedAsync(southLead, southJourney), StringComparison.Ordinal);
        Assert.Contains(
            $"{name}</a> (left)",
            (await southAdmin.GetAsync("/hub-admin/clinicians")).Html,
            StringComparison.Ordinal
        );
        var northLead = clinic.As(ClinicFixture.Lead("north"));
        Assert.Contains(name, await SuggestedAsync(northLead, northJourney), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_of_two_hubs_sees_a_clinicians_profile_in_the_hub_they_chose_and_no_other()
    {
        var api = clinic.App.CreateClient();
        var (onlyNorth, both) = (
            TestPrincipal.Person("clinician", ["north"], null),
            TestPrincipal.Person("clinician", ["north", "south"], null)
        );
        await JoinAsync(api, onlyNorth);
        await JoinAsync(api, both);
        var southAdmin = clinic.As(TestPrincipal.HubAdmin("south"));
        var seen = await southAdmin.GetAsync($"/hub-admin/clinicians/{both.Subject}");
        var leftSouth = new Dictionary<string, string> { ["Name"] = "Ren Sessional", ["Active"] = "false" };
        var left = await southAdmin.PostAsync($"/hub-admin/clinicians/{both.Subject}", seen.Html, leftSouth);
        Assert.Equal(HttpStatusCode.Redirect, left.Status);
        var adminOfBoth = TestPrincipal.Person("hub-admin", ["north", "south"], null);
        var admin = clinic.As(adminOfBoth);
        Assert.Contains(StillWorks, (await admin.GetAsync($"/hub-admin/clinicians/{both.Subject}")).Html, Ordinal);

        var chooser = await admin.GetAsync("/choose-hub");
        var chosen = await admin.PostAsync(
            "/choose-hub",
            chooser.Html,
            new Dictionary<string, string> { ["Hub"] = "south" }
        );
        Assert.Equal(HttpStatusCode.Redirect, chosen.Status);

        var inSouth = await admin.GetAsync($"/hub-admin/clinicians/{both.Subject}");
        Assert.Equal(HttpStatusCode.OK, inSouth.Status);
        Assert.Contains(HasLeft, inSouth.Html, Ordinal);
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await admin.GetAsync($"/hub-admin/clinicians/{onlyNorth.Subject}")).Status
        );
        using var read = new HttpRequestMessage(HttpMethod.Get, $"/api/hub-admin/clinicians/{both.Subject}").SignedAs(
            adminOfBoth
        );
        read.Headers.Add("X-Hubs-Hub-Id", "south");
        var view = await (await api.SendAsync(read)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("south", view.GetProperty("hubId").GetString());
        Assert.False(view.GetProperty("active").GetBoolean());
        using var other = new HttpRequestMessage(
            HttpMethod.Get,
            $"/api/hub-admin/clinicians/{onlyNorth.Subject}"
        ).SignedAs(adminOfBoth);
        other.Headers.Add("X-Hubs-Hub-Id", "south");
        Assert.Equal(HttpStatusCode.NotFound, (await api.SendAsync(other)).StatusCode);
    }

    private const string StillWorks = "value=\"true\" checked";

    private const string HasLeft = "value=\"false\" checked";

    private const StringComparison Ordinal = StringComparison.Ordinal;

    private static async Task JoinAsync(HttpClient api, TestPrincipal who)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/my/clinician-profile").SignedAs(who);
        (await api.SendAsync(request)).EnsureSuccessStatusCode();
    }

    private static async Task<string> SuggestedAsync(Hubs.Web.Testing.PageClient lead, Guid journey)
    {
        var page = await lead.GetAsync($"/clinic/journeys/{journey}/allocation");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return page.Html;
    }
}
