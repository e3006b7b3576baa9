using System.Globalization;
using Hubs.Testing.Auth;
using Hubs.Web.Tests.Clinic;
using Microsoft.Playwright;

namespace Hubs.Web.Tests.AdverseEvents;

/// <summary>
/// Rapid support in headless Chromium at 768 px, every page checked with axe: the lead adds a peer supporter to the
/// register, logs an event and assigns it; the clock passes the 72-hour target and the lead sees first contact
/// overdue; the peer supporter records first contact and, a week on, the 1-week check-in, then gives a hand-over
/// code whose link opens the self-referral, which asks whether to link the referral to the event.
/// </summary>
public sealed class AdverseEventBrowserTests(ClinicBrowserFixture web) : IClassFixture<ClinicBrowserFixture>
{
    private static string Day(DateTimeOffset at) => at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_lead_logs_and_assigns_an_event_and_the_peer_supporter_records_contact_and_a_check_in()
    {
        var peer = TestPrincipal.Person("peer-supporter", ["north"], null);
        var now = web.Clock.GetUtcNow();
        await using var lead = await web.OpenAsAsync(TestPrincipal.HubLead("north"));
        var page = lead.Page;

        await page.GotoAsync("/clinic/peer-supporters");
        await page.FillAsync("#AccountId", peer.Subject.ToString());
        await page.FillAsync("#Name", "Jo Peer");
        await page.SelectOptionAsync("#SupervisorId", new SelectOptionValue { Label = "Alex Morgan" });
        await page.FillAsync("#TrainedOn", Day(now.AddMonths(-2)));
        await page.FillAsync("#RefresherDue", Day(now.AddMonths(10)));
        await lead.SubmitAsync("Add to register");
        Assert.Contains("Jo Peer added to the register.", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await lead.CheckAsync("peer-01-register");

        await page.GotoAsync("/clinic/adverse-events");
        await page.FillAsync("#Department", "Dr Patel's team");
        await lead.SubmitAsync("Log event");
        Assert.Equal(1, await page.Locator(".nhsuk-error-summary a[href='#Department']").CountAsync());
        await lead.CheckAsync("peer-02-log-event-errors");
        await page.FillAsync("#Department", "Critical care");
        await page.FillAsync("#OccurredOn", Day(now.AddDays(-1)));
        await page.FillAsync("#StaffInvolved", "3");
        await lead.SubmitAsync("Log event");
        await page.SelectOptionAsync("#PeerSupporterId", new SelectOptionValue { Label = "Jo Peer" });
        await lead.CheckAsync("peer-03-assign");
        await lead.SubmitAsync("Assign");
        Assert.Contains("Peer supporter assigned.", await page.InnerTextAsync("main"), StringComparison.Ordinal);

        web.Clock.Advance(TimeSpan.FromHours(73));
        await page.GotoAsync("/clinic/adverse-events");
        Assert.Contains("Overdue", await page.InnerTextAsync("main table"), StringComparison.Ordinal);
        await lead.CheckAsync("peer-04-overdue");

        await using var supporter = await web.OpenAsAsync(peer);
        await supporter.Page.GotoAsync("/peer-support");
        await supporter.CheckAsync("peer-05-assigned");
        await supporter.Page.GetByRole(AriaRole.Link, new() { Name = "Critical care", Exact = false }).ClickAsync();
        await supporter.CheckAsync("peer-06-first-contact");
        await supporter.SubmitAsync("Save");
        Assert.Contains(
            "First contact recorded.",
            await supporter.Page.InnerTextAsync("main"),
            StringComparison.Ordinal
        );

        web.Clock.Advance(TimeSpan.FromDays(8));
        await supporter.Page.ReloadAsync();
        Assert.Contains("Overdue", await supporter.Page.InnerTextAsync("main"), StringComparison.Ordinal);
        await supporter.Page.SelectOptionAsync("#DayMark", new SelectOptionValue { Label = "1-week check-in" });
        await supporter.CheckAsync("peer-07-check-in");
        await supporter.SubmitAsync("Save");
        Assert.Contains(
            "1-week check-in recorded.",
            await supporter.Page.InnerTextAsync("main"),
            StringComparison.Ordinal
        );

        // The warm hand-over: the code leads to the self-referral, which offers (never assumes) the link.
        await supporter.SubmitAsync("Give a self-referral code");
        var done = await supporter.Page.InnerTextAsync("main [role=status]");
        var start = done[done.IndexOf("/refer/start", StringComparison.Ordinal)..].TrimEnd('.');
        await supporter.CheckAsync("peer-08-hand-over-code");
        await supporter.Page.GotoAsync(start);
        await supporter.CheckAsync("peer-09-hand-over-start");
        await supporter.SubmitAsync("Start now");
        await supporter.Page.GotoAsync(supporter.Page.Url.Replace("/about-you", "/consent", StringComparison.Ordinal));
        Assert.False(await supporter.Page.IsCheckedAsync("#LinkToAdverseEvent"));
        Assert.Contains("PS-", await supporter.Page.InnerTextAsync("main form"), StringComparison.Ordinal);
        await supporter.CheckAsync("peer-10-hand-over-consent");
    }
}
