using System.Globalization;
using Hubs.Testing.Auth;
using Hubs.Web.Tests.Clinic;
using Microsoft.Playwright;

namespace Hubs.Web.Tests.GroupWork;

/// <summary>
/// The lead in headless Chromium at 768 px, every page checked with axe: records a consultation with a manager
/// (first with nothing chosen, and is told what is missing), opens it, then records an outreach talk and sees
/// the reach by sector.
/// </summary>
public sealed class GroupWorkBrowserTests(ClinicBrowserFixture web) : IClassFixture<ClinicBrowserFixture>
{
    [Fact]
    public async Task A_lead_records_a_consultation_and_an_outreach_talk()
    {
        var yesterday = web.Clock.GetUtcNow().AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await using var lead = await web.OpenAsAsync(TestPrincipal.HubLead("north"));
        var page = lead.Page;

        await page.GotoAsync("/clinic/triage");
        await page.GetByRole(AriaRole.Link, new() { Name = "Consultations", Exact = true }).ClickAsync();
        await lead.SubmitAsync("Record consultation");
        Assert.Equal(1, await page.Locator(".nhsuk-error-summary a[href='#AdviceArea']").CountAsync());
        Assert.Contains(
            "Choose what the manager asked advice about.",
            await page.InnerTextAsync(".nhsuk-error-summary"),
            StringComparison.Ordinal
        );
        await lead.CheckAsync("group-01-consultation-errors");
        await page.FillAsync("#HeldOn", yesterday);
        await page.CheckAsync("#About");
        await page.SelectOptionAsync("#AdviceArea", new SelectOptionValue { Label = "Bereavement" });
        await page.SelectOptionAsync("#OrganisationType", new SelectOptionValue { Label = "Care home" });
        await page.SelectOptionAsync("#Sector", new SelectOptionValue { Label = "Care homes" });
        await lead.SubmitAsync("Record consultation");
        Assert.Contains("Consultation recorded.", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        Assert.Contains("Supporting a team", await page.InnerTextAsync("main table"), StringComparison.Ordinal);
        await lead.CheckAsync("group-02-consultations");
        await page.Locator("main table a").First.ClickAsync();
        Assert.Equal("Bereavement", await page.InnerTextAsync("h1"));
        await lead.CheckAsync("group-03-consultation");

        await page.GetByRole(AriaRole.Link, new() { Name = "Outreach", Exact = true }).ClickAsync();
        await page.CheckAsync("#Kind-3");
        await page.FillAsync("#HeldOn", yesterday);
        await page.SelectOptionAsync("#OrganisationType", new SelectOptionValue { Label = "Fire and rescue service" });
        await page.SelectOptionAsync("#Sector", new SelectOptionValue { Label = "Fire and rescue" });
        await page.FillAsync("#Attendees", "many");
        await lead.SubmitAsync("Record outreach");
        Assert.Equal(1, await page.Locator(".nhsuk-error-summary a[href='#Attendees']").CountAsync());
        await lead.CheckAsync("group-04-outreach-errors");
        await page.FillAsync("#Attendees", "18");
        await lead.SubmitAsync("Record outreach");
        Assert.Contains(
            "Talk to a partner organisation recorded.",
            await page.InnerTextAsync("main"),
            StringComparison.Ordinal
        );
        Assert.Contains("Fire and rescue", await page.InnerTextAsync("main table"), StringComparison.Ordinal);
        await lead.CheckAsync("group-05-outreach");
    }
}
