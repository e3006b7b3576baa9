using Hubs.Testing.Auth;
using Hubs.Web.Tests.Clinic;
using Microsoft.Playwright;

namespace Hubs.Web.Tests.Switching;

/// <summary>
/// The Hub switcher in Chromium at 768 px, axe on every page: a clinician of two Hubs changes Hub from the header of
/// the triage queue and sees the other Hub's queue, then goes back through the chooser page. A clinician of one Hub
/// has no switcher.
/// </summary>
public sealed class HubSwitcherBrowserTests(ClinicBrowserFixture web) : IClassFixture<ClinicBrowserFixture>
{
    [Fact]
    public async Task A_clinician_of_two_hubs_switches_hub_from_the_header_and_back_from_the_chooser()
    {
        var north = await ClinicReferrals.SubmitAsync(web.Host.Services, "north", marker: "Browser north");
        var south = await ClinicReferrals.SubmitAsync(web.Host.Services, "south", marker: "Browser south");

        await using var me = await web.OpenAsAsync(TestPrincipal.Person("clinician", ["north", "south"], null));
        var page = me.Page;
        await me.GoAsync("/clinic/triage");
        Assert.Contains("Looking at North Resilience Hub", await page.InnerTextAsync("header"), Ordinal);
        Assert.Equal(1, await page.Locator($"a[href='/clinic/journeys/{north}']").CountAsync());
        await me.CheckAsync("switcher-01-north");

        await page.GetByLabel("Hub", new() { Exact = true })
            .SelectOptionAsync(new SelectOptionValue { Label = "South Resilience Hub" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Show this Hub" }).ClickAsync();
        await page.WaitForURLAsync("**/clinic/triage", new() { WaitUntil = WaitUntilState.Commit });
        await page.Locator("main h1").First.WaitForAsync();
        Assert.Contains("Looking at South Resilience Hub", await page.InnerTextAsync("header"), Ordinal);
        Assert.Equal(1, await page.Locator($"a[href='/clinic/journeys/{south}']").CountAsync());
        Assert.Equal(0, await page.Locator($"a[href='/clinic/journeys/{north}']").CountAsync());
        await me.CheckAsync("switcher-02-south");

        await me.GoAsync("/choose-hub?returnUrl=/clinic/caseload");
        await me.CheckAsync("switcher-03-chooser");
        await page.GetByLabel("North Resilience Hub").CheckAsync();
        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Show this Hub" }).ClickAsync();
        await page.WaitForURLAsync("**/clinic/caseload", new() { WaitUntil = WaitUntilState.Commit });
        await page.Locator("main h1").First.WaitForAsync();
        Assert.Contains("Looking at North Resilience Hub", await page.InnerTextAsync("header"), Ordinal);
        await me.CheckAsync("switcher-04-north-again");

        await using var single = await web.OpenAsAsync(TestPrincipal.Clinician("south"));
        await single.GoAsync("/clinic/triage");
        Assert.Equal(0, await single.Page.Locator("form.hubs-hub-switcher").CountAsync());
        Assert.Contains("Looking at South Resilience Hub", await single.Page.InnerTextAsync("header"), Ordinal);
        await single.CheckAsync("switcher-05-one-hub");
    }

    private const StringComparison Ordinal = StringComparison.Ordinal;
}
