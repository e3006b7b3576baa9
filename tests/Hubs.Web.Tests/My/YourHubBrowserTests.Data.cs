using System.Text.Json;
using Hubs.ServiceDefaults.Auth;
using Hubs.Testing.Browser;
using Microsoft.Playwright;

namespace Hubs.Web.Tests.My;

/// <summary>What the keyworker still has to do, and the data held about them.</summary>
public sealed partial class YourHubBrowserTests
{
    [Fact]
    public async Task Screening_still_to_do_is_linked_from_the_referral()
    {
        var (journeyId, screeningId) = await OwnJourneySeed.UnscreenedAsync(system.Host.Services, KeyworkerId);
        await using var browser = await system.SignInAsync(HubsRoles.Keyworker, returnUrl: "/my", width: Phone);
        await browser.Page.GotoAsync("/my");
        var card = browser.Page.Locator($"section[aria-labelledby='journey-{journeyId}']");
        await Assertions.Expect(card).ToContainTextAsync("Please answer the screening questions");
        await Assertions
            .Expect(card.GetByRole(AriaRole.Link, new() { Name = "Answer the screening questions" }))
            .ToHaveAttributeAsync("href", $"/screening/{screeningId}");
        await Assertions
            .Expect(card.GetByRole(AriaRole.Link, new() { Name = "Request a different time" }))
            .ToHaveCountAsync(0);
        await browser.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task The_keyworker_reads_and_downloads_their_data_but_never_anyone_elses()
    {
        var (journeyId, _) = await OwnJourneySeed.BookedAsync(system.Host.Services, KeyworkerId, name: "Robin Ashdown");
        var (othersId, othersAppointment) = await OwnJourneySeed.BookedAsync(
            system.Host.Services,
            Guid.NewGuid(),
            name: "Someone Else"
        );
        await using var browser = await system.SignInAsync(HubsRoles.Keyworker, returnUrl: "/my", width: Phone);
        var page = browser.Page;
        var signedIn = browser.Requests.Count;
        await page.GotoAsync($"/my/journeys/{journeyId}/your-data");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Robin Ashdown");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Sleeping badly after nights.");
        await Assertions
            .Expect(page.Locator("main"))
            .ToContainTextAsync("Clinicians' notes and risk assessments are not in this copy");
        await browser.AssertNoViolationsAsync();

        var waiting = page.WaitForDownloadAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Download your data as a file (JSON)" }).ClickAsync();
        var download = await waiting;
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync((await download.PathAsync())!));
        var root = json.RootElement;
        Assert.Equal(journeyId, root.GetProperty("referenceId").GetGuid());
        Assert.Equal("Robin Ashdown", root.GetProperty("aboutYou").GetProperty("name").GetString());
        Assert.Equal("Sleeping badly after nights.", root.GetProperty("aboutYou").GetProperty("helpWith").GetString());
        Assert.Equal("Booked", root.GetProperty("appointments")[0].GetProperty("state").GetString());
        Assert.StartsWith("A clinician has looked", root.GetProperty("status").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Someone Else", root.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("ask the Hub", root.GetProperty("notIncluded").GetString(), StringComparison.Ordinal);

        foreach (
            var path in new[]
            {
                $"/my/journeys/{othersId}/your-data",
                $"/my/journeys/{othersId}/your-data/json",
                $"/my/journeys/{othersId}/withdraw",
                $"/my/journeys/{othersId}/appointments/{othersAppointment}/change",
            }
        )
        {
            var response = await page.GotoAsync(path);
            Assert.Equal(404, response!.Status);
        }

        AssertOnlyOwnOriginSince(browser, signedIn);
    }
}
