using Hubs.Testing.Auth;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Tests.Clinic.Risk;
using Microsoft.Playwright;

namespace Hubs.Web.Tests.Clinic.Search;

/// <summary>
/// Finding a person (issue 17, "search by name, date of birth, email or reference within the caller's Hub, audited"):
/// each kind of search from the caseload page, never another Hub's person, no name for someone off the caseload, and
/// the lead's audit names the kind of search but not what was typed. Chromium at 768 px, axe on every page.
/// </summary>
public sealed class StaffSearchBrowserTests(ClinicBrowserFixture web) : IClassFixture<ClinicBrowserFixture>
{
    [Fact]
    public async Task A_clinician_finds_a_person_of_their_hub_by_each_kind_and_the_lead_sees_the_searches()
    {
        var surname = SearchPeople.Unique();
        var email = $"{surname}@example.invalid";
        var born = new DateOnly(1984, 3, 15);
        var id = await SearchPeople.ReferAsync(web.Host.Services, "north", $"Zoë {surname}", email, born);
        var south = await SearchPeople.ReferAsync(web.Host.Services, "south", $"Zoe {surname}", email, born);
        var elsewhere = await ClinicReferrals.SubmitAsync(web.Host.Services, "north", marker: $"Held {surname}");
        var journeys = new RiskJourneys(web.Host.Services, web.Clock);
        await journeys.TriageAsync(elsewhere, "north");
        await journeys.AssessAsync(elsewhere, "north", ClinicFixture.Clinician(1).Id);
        await journeys.AllocateAsync(elsewhere, "north", ClinicFixture.Clinician(1).Id);

        await using var me = await web.OpenAsAsync(ClinicFixture.Clinician(0).Principal);
        var page = me.Page;
        await page.GotoAsync("/clinic/caseload");
        await page.FillAsync("#search-q", $"zoe {surname.ToUpperInvariant()}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await AssertFoundAsync(page, id, south, $"Zoë {surname}");
        await me.CheckAsync("search-01-by-name");

        foreach (var typed in new[] { email.ToUpperInvariant(), JourneyReference.Of(id).ToLowerInvariant() })
        {
            await page.FillAsync("#Q", typed);
            await me.SubmitAsync("Search");
            await AssertFoundAsync(page, id, south, $"Zoë {surname}");
        }

        await page.FillAsync("#Q", "");
        await page.FillAsync("#Born-day", "15");
        await page.FillAsync("#Born-month", "3");
        await page.FillAsync("#Born-year", "1984");
        await me.SubmitAsync("Search");
        Assert.Equal(1, await page.Locator($"tr[data-journey='{id}']").CountAsync());
        Assert.Equal(0, await page.Locator($"tr[data-journey='{south}']").CountAsync());

        await page.FillAsync("#Born-day", "");
        await page.FillAsync("#Born-month", "");
        await page.FillAsync("#Born-year", "");
        await page.FillAsync("#Q", $"held {surname}");
        await me.SubmitAsync("Search");
        var held = await page.InnerTextAsync($"tr[data-journey='{elsewhere}']");
        Assert.Contains("Not on your caseload", held, StringComparison.Ordinal);
        Assert.DoesNotContain("Test Keyworker", held, StringComparison.Ordinal);
        Assert.Equal(
            $"/clinic/journeys/{elsewhere}/break-glass",
            await page.Locator($"tr[data-journey='{elsewhere}'] a").GetAttributeAsync("href")
        );
        await me.CheckAsync("search-02-off-caseload");

        await page.FillAsync("#Q", "");
        await me.SubmitAsync("Search");
        Assert.Contains(
            "Enter a name, email address or reference, or a date of birth.",
            await page.InnerTextAsync(".nhsuk-error-summary"),
            StringComparison.Ordinal
        );
        await me.CheckAsync("search-03-error");

        await using var lead = await web.OpenAsAsync(TestPrincipal.HubLead("north"));
        await lead.Page.GotoAsync("/clinic/audit");
        var searches = await lead.Page.InnerTextAsync("table[aria-labelledby=searches]");
        foreach (var kind in new[] { "name", "email address", "reference", "date of birth" })
        {
            Assert.Contains(kind, searches, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(surname, await lead.Page.ContentAsync(), StringComparison.OrdinalIgnoreCase);
        await lead.CheckAsync("search-04-audit");
    }

    private static async Task AssertFoundAsync(IPage page, Guid id, Guid south, string name)
    {
        Assert.Equal(name, await page.Locator($"tr[data-journey='{id}'] a").First.InnerTextAsync());
        Assert.Equal(0, await page.Locator($"tr[data-journey='{south}']").CountAsync());
        Assert.DoesNotContain(JourneyReference.Of(south), await page.InnerTextAsync("main"), StringComparison.Ordinal);
    }
}
