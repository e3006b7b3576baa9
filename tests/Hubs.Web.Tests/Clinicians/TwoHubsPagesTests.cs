using System.Net;
using Hubs.Testing.Auth;
using Hubs.Web.Tests.Clinic;

namespace Hubs.Web.Tests.Clinicians;

/// <summary>
/// A clinician who also works for Hub south, on the pages: south's allocation suggestions and south's clinicians page
/// include them only once their token grants south, and not after south's admin says they left; north's still do.
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
