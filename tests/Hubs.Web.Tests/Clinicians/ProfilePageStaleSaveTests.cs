using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hubs.Testing.Auth;
using Hubs.Web.Features.Clinicians;
using Hubs.Web.Tests.Clinic;

namespace Hubs.Web.Tests.Clinicians;

/// <summary>
/// Two hub admins edit the same clinician's profile on the page at once: the second save is refused with a form
/// message, keeps what they typed, loses nothing the first saved, and saving again (now knowingly) works.
/// </summary>
public sealed class ProfilePageStaleSaveTests(ClinicFixture clinic) : IClassFixture<ClinicFixture>
{
    [Fact]
    public async Task The_second_admins_save_is_refused_with_a_message_and_nothing_saved_is_lost()
    {
        var clinician = TestPrincipal.Clinician("north");
        var api = clinic.App.CreateClient().As(clinician);
        (await api.GetAsync(new Uri("/api/my/clinician-profile", UriKind.Relative))).EnsureSuccessStatusCode();
        var path = $"/hub-admin/clinicians/{clinician.Subject}";
        var first = clinic.As(TestPrincipal.HubAdmin("north"));
        var second = clinic.As(TestPrincipal.HubAdmin("north"));
        var firstForm = await first.GetAsync(path);
        var secondForm = await second.GetAsync(path);

        var saved = await first.PostAsync(
            path,
            firstForm.Html,
            new Dictionary<string, string> { ["Name"] = "Marta Nowak", ["Languages"] = "English, Polish" }
        );
        var typed = new Dictionary<string, string> { ["Name"] = "Marta Kowal", ["Gender"] = "Woman" };
        var stale = await second.PostAsync(path, secondForm.Html, typed);

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Equal(HttpStatusCode.OK, stale.Status);
        Assert.Contains(
            $"<a href=\"#form\">{ProfileVersions.Stale}</a>",
            System.Net.WebUtility.HtmlDecode(stale.Html),
            StringComparison.Ordinal
        );
        Assert.Contains("value=\"Marta Kowal\"", stale.Html, StringComparison.Ordinal);
        Assert.Contains("value=\"Woman\"", stale.Html, StringComparison.Ordinal);
        var kept = await api.GetFromJsonAsync<JsonElement>(new Uri("/api/my/clinician-profile", UriKind.Relative));
        Assert.Equal("Marta Nowak", kept.GetProperty("name").GetString());
        Assert.Equal(["English", "Polish"], kept.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));

        // Having seen the message, the second admin saves what they typed on purpose: it is saved this time.
        var again = await second.PostAsync(path, stale.Html, typed);

        Assert.Equal(HttpStatusCode.Redirect, again.Status);
        var now = await api.GetFromJsonAsync<JsonElement>(new Uri("/api/my/clinician-profile", UriKind.Relative));
        Assert.Equal(
            ("Marta Kowal", "Woman"),
            (now.GetProperty("name").GetString(), now.GetProperty("gender").GetString())
        );
    }
}
