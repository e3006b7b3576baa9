using Hubs.ServiceDefaults.Auth;
using Hubs.Testing.Browser;
using Microsoft.Playwright;

namespace Hubs.Web.Tests.FollowThrough;

/// <summary>"Your support": current journeys first with their Hub, past ones collapsed and paged.</summary>
public sealed partial class FollowThroughBrowserTests
{
    [Fact]
    public async Task Your_support_shows_current_journeys_first_with_their_Hub_and_pages_the_past_ones()
    {
        var keyworker = Guid.Parse(web.Identity.Account(HubsRoles.Keyworker, "south").Subject);
        var start = DateTimeOffset.UtcNow.AddDays(-60);
        var older = await KeyworkerJourneys.ReferAsync(web.Host.Services, keyworker, "south", start);
        var newer = await KeyworkerJourneys.ReferAsync(web.Host.Services, keyworker, "south", start.AddDays(1));
        for (var i = 0; i < 7; i++)
        {
            var ended = await KeyworkerJourneys.ReferAsync(
                web.Host.Services,
                keyworker,
                "south",
                start.AddDays(-30 - i)
            );
            await KeyworkerJourneys.WithdrawAsync(web.Host.Services, ended, start.AddDays(-20 - i));
        }

        await KeyworkerJourneys.ScreenAsync(web.Host.Services, older);
        await using var browser = await web.SignInAsync(HubsRoles.Keyworker, "south", returnUrl: "/my", width: 390);
        var page = browser.Page;
        await page.GotoAsync("/my");

        var current = page.Locator("#current-support section");
        Assert.Equal(
            [$"journey-{older}", $"journey-{newer}"],
            await current.EvaluateAllAsync<string[]>("s => s.map(e => e.getAttribute('aria-labelledby'))")
        );
        await Assertions.Expect(current.First).ToContainTextAsync("South Resilience Hub");
        var past = page.Locator("details#past-support");
        await Assertions.Expect(past.Locator("summary")).ToContainTextAsync("Past support (7)");
        Assert.Null(await past.GetAttributeAsync("open"));
        Assert.Equal(5, await past.Locator("section").CountAsync());
        await browser.AssertNoViolationsAsync();

        await page.GotoAsync("/my?page=2");
        Assert.NotNull(await past.GetAttributeAsync("open"));
        Assert.Equal(2, await past.Locator("section").CountAsync());
        await browser.AssertNoViolationsAsync();

        var beyond = await page.GotoAsync("/my?page=9");
        Assert.Equal(200, beyond!.Status);
        await Assertions.Expect(past).ToContainTextAsync("There is no page 9 of past support");
        Assert.Equal(2, await past.Locator("section").CountAsync());

        foreach (var nonsense in new[] { "0", "-1", "abc", "99999999999999999999" })
        {
            var response = await page.GotoAsync($"/my?page={nonsense}");
            Assert.Equal(200, response!.Status);
            Assert.Equal(5, await past.Locator("section").CountAsync());
        }
    }
}
