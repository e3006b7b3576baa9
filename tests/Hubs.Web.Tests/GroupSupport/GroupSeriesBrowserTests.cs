using System.Globalization;
using Hubs.Testing.Auth;
using Hubs.Testing.Browser;
using Hubs.Web.Tests.Clinic;
using Microsoft.Playwright;

namespace Hubs.Web.Tests.GroupSupport;

/// <summary>
/// A reflective group series in headless Chromium at 768 px, every page checked with axe: the lead registers a peer
/// supporter, is told in plain words what is wrong with a series, starts a clinical café facilitated by the peer
/// supporter and schedules its first meeting; the peer supporter records attendance (a count, the ground rules agreed)
/// and opens the rating; a member rates it without an account; the lead sees it on the series overview, then hands
/// the series to an external intervisor, and the peer supporter (who found their groups from their home page) no
/// longer sees it.
/// </summary>
public sealed class GroupSeriesBrowserTests(ClinicBrowserFixture web) : IClassFixture<ClinicBrowserFixture>
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    private static string Day(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, London).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_lead_starts_a_series_and_the_peer_facilitator_records_a_meeting_that_a_member_rates()
    {
        var peer = TestPrincipal.Person("peer-supporter", ["north"], null);
        var now = web.Clock.GetUtcNow();
        await using var lead = await web.OpenAsAsync(TestPrincipal.HubLead("north"));
        var page = lead.Page;
        await page.GotoAsync("/clinic/peer-supporters");
        await page.FillAsync("#AccountId", peer.Subject.ToString());
        await page.FillAsync("#Name", "Sam Peer");
        await page.SelectOptionAsync("#SupervisorId", new SelectOptionValue { Label = "Alex Morgan" });
        await page.FillAsync("#TrainedOn", Day(now.AddMonths(-2)));
        await page.FillAsync("#RefresherDue", Day(now.AddMonths(10)));
        await lead.SubmitAsync("Add to register");

        await page.GotoAsync("/clinic/groups");
        await page.GetByLabel("Clinical café").CheckAsync();
        await page.FillAsync("#Department", "Dr Patel's team");
        await page.FillAsync("#MinSize", "1");
        await lead.SubmitAsync("Start series");
        Assert.Equal(1, await page.Locator(".nhsuk-error-summary a[href='#Department']").CountAsync());
        Assert.Contains(
            "The smallest group is 2 to 12 members.",
            await page.InnerTextAsync(".nhsuk-error-summary"),
            StringComparison.Ordinal
        );
        await lead.CheckAsync("groups-01-start-errors");
        await page.FillAsync("#Department", "Intensive care");
        await page.FillAsync("#MinSize", "3");
        await page.SelectOptionAsync("#Sector", new SelectOptionValue { Label = "Health care (NHS or independent)" });
        await page.SelectOptionAsync("#Facilitator", new SelectOptionValue { Label = "Sam Peer (peer supporter)" });
        await page.GetByLabel("Mixed professions").CheckAsync();
        await page.GetByLabel("The same department").CheckAsync();
        await lead.SubmitAsync("Start series");
        Assert.Contains("Series started", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await page.FillAsync("#Date", Day(now.AddDays(1)));
        await page.FillAsync("#Time", "13:00");
        await lead.SubmitAsync("Schedule meeting");
        Assert.Contains("Meeting scheduled.", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await lead.CheckAsync("groups-02-series");
        var overview = page.Url;

        web.Clock.Advance(TimeSpan.FromDays(2));
        await using var facilitator = await web.OpenAsAsync(peer);
        await facilitator.GoAsync("/peer-support");
        await facilitator.CheckAsync("groups-03-peer-home");
        await facilitator.Page.GetByRole(AriaRole.Link, new() { Name = "Groups you facilitate" }).ClickAsync();
        await Assertions.Expect(facilitator.Page.Locator("h1")).ToHaveTextAsync("Groups you facilitate");
        await facilitator.CheckAsync("groups-03-facilitated");
        await facilitator.Page.Locator("#meetings a").First.ClickAsync();
        await facilitator.Page.FillAsync("#AttendanceCount", "4");
        await facilitator.Page.FillAsync("#Names", "Ana Example");
        await facilitator.SubmitAsync("Record attendance");
        Assert.Equal(1, await facilitator.Page.Locator(".nhsuk-error-summary a[href='#Consented']").CountAsync());
        await facilitator.CheckAsync("groups-04-names-need-consent");
        await facilitator.Page.FillAsync("#Names", "");
        await facilitator.Page.Locator("#GroundRules").CheckAsync();
        await facilitator.SubmitAsync("Record attendance");
        Assert.Contains(
            "Attendance recorded: 4.",
            await facilitator.Page.InnerTextAsync("main"),
            StringComparison.Ordinal
        );
        await facilitator.SubmitAsync("Open the rating");
        var code = await facilitator.Page.InnerTextAsync("#rating-code");
        await facilitator.CheckAsync("groups-05-rating-link");

        await using var member = await web.Chromium.OpenAsync(web.Origin);
        await member.Page.GotoAsync($"/rate/{code}");
        await member.Page.GetByLabel("Very valuable").CheckAsync();
        await member.Page.GetByLabel("Yes").CheckAsync();
        await member.Page.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        Assert.Contains("Thank you.", await member.Page.InnerTextAsync("#rating-done"), StringComparison.Ordinal);
        await member.AssertNoViolationsAsync();

        await lead.GoAsync(overview);
        var main = await page.InnerTextAsync("main");
        Assert.Contains("1 held, 0 cancelled", main, StringComparison.Ordinal);
        Assert.Contains("1 rated (1 found it useful, 1 felt safe)", main, StringComparison.Ordinal);
        Assert.Contains("Agreed: confidentiality inside the group", main, StringComparison.Ordinal);
        Assert.DoesNotContain("Ana Example", main, StringComparison.Ordinal);
        await lead.CheckAsync("groups-06-overview");

        // The lead hands the series to an external intervisor; the peer supporter no longer sees it.
        await page.GetByRole(AriaRole.Link, new() { Name = "Change the facilitator" }).ClickAsync();
        Assert.Contains(
            "Sam Peer (peer supporter)",
            await page.InnerTextAsync("#facilitator"),
            StringComparison.Ordinal
        );
        await lead.CheckAsync("groups-07-facilitator");
        await page.SelectOptionAsync(
            "#Facilitator",
            new SelectOptionValue { Label = "An external intervisor (named by role below)" }
        );
        await lead.SubmitAsync("Change facilitator");
        Assert.Equal(1, await page.Locator(".nhsuk-error-summary a[href='#ExternalRole']").CountAsync());
        await lead.CheckAsync("groups-08-facilitator-errors");
        await page.FillAsync("#ExternalRole", "Balint group leader");
        await lead.SubmitAsync("Change facilitator");
        Assert.Contains("Facilitator changed.", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        Assert.Contains(
            "External intervisor: Balint group leader",
            await page.InnerTextAsync("#facilitator"),
            StringComparison.Ordinal
        );
        await lead.CheckAsync("groups-09-facilitator-changed");

        await facilitator.GoAsync("/peer-support/groups");
        Assert.Contains(
            "You do not facilitate a group.",
            await facilitator.Page.InnerTextAsync("main"),
            StringComparison.Ordinal
        );
        await facilitator.CheckAsync("groups-10-no-longer-facilitated");
    }
}
