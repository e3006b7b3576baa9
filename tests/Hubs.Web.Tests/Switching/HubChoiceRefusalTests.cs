using System.Net;
using Hubs.Testing.Auth;
using Hubs.Web.Tests.Clinic;

namespace Hubs.Web.Tests.Switching;

/// <summary>
/// A choice of a Hub the person does not work in (a tampered form or cookie) is refused with the 403 page and the
/// choice is dropped; nothing of that Hub is shown. A person of one Hub sees no switcher, and keyworkers' pages
/// ignore the cookie altogether.
/// </summary>
public sealed class HubChoiceRefusalTests(ClinicFixture clinic) : IClassFixture<ClinicFixture>
{
    [Fact]
    public async Task Choosing_a_hub_you_do_not_work_in_is_refused()
    {
        var me = clinic.As(TestPrincipal.Person("clinician", ["north", "south"], null));
        var chooser = await me.GetAsync("/choose-hub");

        var posted = await me.PostAsync(
            "/choose-hub",
            chooser.Html,
            new Dictionary<string, string> { ["Hub"] = "east" }
        );

        Assert.Equal(HttpStatusCode.Forbidden, posted.Status);
        Assert.Contains("Looking at North Resilience Hub", (await me.GetAsync("/clinic/triage")).Html, Ordinal);
    }

    [Theory]
    [InlineData("clinician", "/clinic/triage")]
    [InlineData("clinician", "/clinic/caseload")]
    [InlineData("hub-lead", "/clinic/hub")]
    [InlineData("hub-lead", "/clinic/audit")]
    [InlineData("hub-admin", "/hub-admin/services")]
    public async Task A_cookie_naming_another_hub_is_refused_and_shows_nothing_of_it(string role, string path)
    {
        var south = await ClinicReferrals.SubmitAsync(clinic, "south", marker: "Tampered south");
        var me = clinic.As(TestPrincipal.Person(role, ["north"], null));
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add("Cookie", "hubs-hub=south");

        using var response = await me.Http.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain(south.ToString(), html, Ordinal);
        Assert.DoesNotContain("South Resilience Hub", html, Ordinal);
        var cleared = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("hubs-hub=", Ordinal));
        Assert.Contains("expires=Thu, 01 Jan 1970", cleared, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task One_hub_staff_see_no_switcher_and_keyworker_pages_ignore_the_choice()
    {
        var triage = await clinic.As(TestPrincipal.Clinician("north")).GetAsync("/clinic/triage");
        Assert.Contains("Looking at North Resilience Hub", triage.Html, Ordinal);
        Assert.DoesNotContain("hubs-hub-switcher", triage.Html, Ordinal);

        var keyworker = clinic.As(TestPrincipal.Keyworker());
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/my", UriKind.Relative));
        request.Headers.Add("Cookie", "hubs-hub=south");
        using var response = await keyworker.Http.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("hubs-hub-switcher", html, Ordinal);
        Assert.DoesNotContain("Looking at", html, Ordinal);
        Assert.False(
            response.Headers.Contains("Set-Cookie")
                && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("hubs-hub=", Ordinal))
        );
    }

    private const StringComparison Ordinal = StringComparison.Ordinal;
}
