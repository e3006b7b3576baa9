using System.Net;
using Hubs.Testing.Auth;
using Hubs.Web.Tests.Clinic;
using static Hubs.Web.Tests.Clinic.JourneyLinks;

namespace Hubs.Web.Tests.Switching;

/// <summary>
/// A clinician of two Hubs chooses which one the pages show (the follow-up of issues 20 and 21: pages acted only in
/// their first Hub). The triage queue after switching is the chosen Hub's, and the header says which Hub it is.
/// </summary>
public sealed class HubSwitcherTests(ClinicFixture clinic) : IClassFixture<ClinicFixture>
{
    [Fact]
    public async Task A_clinician_of_two_hubs_sees_the_south_triage_queue_after_switching()
    {
        var north = await ClinicReferrals.SubmitAsync(clinic, "north", marker: "Switch north");
        var south = await ClinicReferrals.SubmitAsync(clinic, "south", marker: "Switch south");
        var me = clinic.As(TestPrincipal.Person("clinician", ["north", "south"], null));

        var before = await me.GetAsync("/clinic/triage");
        Assert.Contains(Link(north), before.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(Link(south), before.Html, StringComparison.Ordinal);
        Assert.Contains("Looking at North Resilience Hub", before.Html, StringComparison.Ordinal);
        Assert.Contains("hubs-hub-switcher", before.Html, StringComparison.Ordinal);

        var chooser = await me.GetAsync("/choose-hub?returnUrl=/clinic/triage");
        var chosen = await me.PostAsync(
            "/choose-hub",
            chooser.Html,
            new Dictionary<string, string> { ["Hub"] = "south" }
        );
        Assert.Equal(HttpStatusCode.Redirect, chosen.Status);
        Assert.Equal("/clinic/triage", chosen.Location?.ToString());

        var after = await me.GetAsync("/clinic/triage");
        Assert.Equal(HttpStatusCode.OK, after.Status);
        Assert.Contains(Link(south), after.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(Link(north), after.Html, StringComparison.Ordinal);
        Assert.Contains("Looking at South Resilience Hub", after.Html, StringComparison.Ordinal);
        Assert.Contains("Looking at South Resilience Hub", (await me.GetAsync("/clinic/caseload")).Html, Ordinal);
    }

    [Fact]
    public async Task A_record_page_left_by_switching_goes_to_the_workspace_and_never_off_site()
    {
        var me = clinic.As(TestPrincipal.Person("hub-lead", ["north", "south"], null));
        var chooser = await me.GetAsync("/choose-hub");

        foreach (var back in new[] { $"/clinic/journeys/{Guid.NewGuid()}/triage", "https://elsewhere.example/clinic" })
        {
            var fields = new Dictionary<string, string> { ["Hub"] = "south", ["ReturnUrl"] = back };
            var chosen = await me.PostAsync("/choose-hub", chooser.Html, fields);
            Assert.Equal(HttpStatusCode.Redirect, chosen.Status);
            Assert.Equal("/clinic", chosen.Location?.ToString());
        }
    }

    private const StringComparison Ordinal = StringComparison.Ordinal;
}
