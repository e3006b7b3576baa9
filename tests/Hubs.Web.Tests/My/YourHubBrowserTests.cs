using System.Text.Json;
using Hubs.ServiceDefaults.Auth;
using Hubs.Testing.Browser;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Journeys.RequestingAppointmentChange;
using Hubs.Web.Tests.Pages;
using Microsoft.Playwright;

namespace Hubs.Web.Tests.My;

/// <summary>
/// The demo keyworker, signed in through the real Hubs.Identity on a 390-px phone screen, uses "Your support".
/// </summary>
public sealed partial class YourHubBrowserTests(BrowserFixture system) : IClassFixture<BrowserFixture>
{
    private const int Phone = 390;

    /// <summary>Signing in goes to Hubs.Identity by design; everything after it stays on the Web origin.</summary>
    private static void AssertOnlyOwnOriginSince(BrowserPage browser, int signedIn) =>
        Assert.All(browser.Requests.Skip(signedIn), url =>
            Assert.True(
                !Uri.TryCreate(url, UriKind.Absolute, out var uri)
                    || uri.Scheme is "data" or "about"
                    || uri.GetLeftPart(UriPartial.Authority) == browser.Origin.GetLeftPart(UriPartial.Authority),
                $"Request left {browser.Origin}: {url}"
            )
        );

    private Guid KeyworkerId => Guid.Parse(system.Identity.Account(HubsRoles.Keyworker).Subject);

    [Fact]
    public async Task The_keyworker_sees_where_their_referral_is_and_asks_for_a_different_time_with_the_keyboard_alone()
    {
        var (journeyId, appointmentId) = await OwnJourneySeed.BookedAsync(system.Host.Services, KeyworkerId);
        await using var browser = await system.SignInAsync(HubsRoles.Keyworker, returnUrl: "/my", width: Phone);
        var page = browser.Page;
        var signedIn = browser.Requests.Count;
        var consoleAtSignIn = browser.ConsoleErrors.Count;
        await page.GotoAsync("/my");
        var card = page.Locator($"section[aria-labelledby='journey-{journeyId}']");
        await Assertions.Expect(card).ToContainTextAsync("A clinician has looked at your referral");
        await Assertions.Expect(card).ToContainTextAsync("Tuesday 5 March 2030 at 2:30pm");
        await Assertions.Expect(card).ToContainTextAsync("Assessment, video call, 50 minutes");
        await browser.AssertNoViolationsAsync();

        await page.GotoAsync($"/my/journeys/{journeyId}/appointments/{appointmentId}/change?kind=reschedule");
        await browser.AssertNoViolationsAsync();
        await KeyboardOnly.TypeIntoAsync(page, "Reason", "Any weekday after 4pm, please.");
        await KeyboardOnly.TabToAsync(page, "form button[type=submit]");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => url.Contains("/my?done=reschedule", StringComparison.Ordinal));
        await Assertions
            .Expect(page.GetByRole(AriaRole.Status))
            .ToContainTextAsync("asked the Hub to find you a different time");
        await Assertions.Expect(card).ToContainTextAsync("You asked for a different time");
        await browser.AssertNoViolationsAsync();

        var journey = await OwnJourneySeed.LoadAsync(system.Host.Services, journeyId);
        Assert.Equal(AppointmentChangeKind.Reschedule, journey.FindAppointment(appointmentId)!.ChangeRequested);
        Assert.Equal(OwnJourneySeed.AppointmentAt, journey.FindAppointment(appointmentId)!.StartsAt);
        AssertOnlyOwnOriginSince(browser, signedIn);
        Assert.Empty(browser.ConsoleErrors.Skip(consoleAtSignIn));

        // The Hub sees the request where its staff work: the journey record, the appointment and the hub overview.
        await using var lead = await system.SignInAsync(HubsRoles.HubLead, "north");
        await lead.Page.GotoAsync($"/clinic/journeys/{journeyId}");
        await Assertions
            .Expect(lead.Page.GetByRole(AriaRole.Table, new() { Name = "Appointments" }))
            .ToContainTextAsync("The keyworker asked for a different time");
        await lead.Page.GotoAsync($"/clinic/journeys/{journeyId}/appointments/{appointmentId}");
        await Assertions
            .Expect(lead.Page.Locator(".nhsuk-warning-callout"))
            .ToContainTextAsync("The keyworker asked for a different time");
        await lead.AssertNoViolationsAsync();
        await lead.Page.GotoAsync("/clinic/hub");
        var listed = lead
            .Page.Locator("#change-requests + ul li")
            .Filter(new() { Has = lead.Page.Locator($"a[href='/clinic/journeys/{journeyId}']") });
        await Assertions.Expect(listed).ToContainTextAsync("keyworker asked for a different time");
    }

    [Fact]
    public async Task Asking_without_choosing_shows_the_error_summary_and_keeps_what_was_typed()
    {
        var (journeyId, appointmentId) = await OwnJourneySeed.BookedAsync(system.Host.Services, KeyworkerId);
        await using var browser = await system.SignInAsync(HubsRoles.Keyworker, returnUrl: "/my", width: Phone);
        var page = browser.Page;
        var signedIn = browser.Requests.Count;
        await page.GotoAsync($"/my/journeys/{journeyId}/appointments/{appointmentId}/change");
        await page.FillAsync("#Reason", "Childcare that day.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send request" }).ClickAsync();
        await browser.AssertErrorForAsync("Kind");
        await Assertions.Expect(page.Locator("#Reason")).ToHaveValueAsync("Childcare that day.");
        await browser.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task The_keyworker_withdraws_after_confirming_with_the_keyboard_alone()
    {
        var (journeyId, _) = await OwnJourneySeed.BookedAsync(system.Host.Services, KeyworkerId);
        await using var browser = await system.SignInAsync(HubsRoles.Keyworker, returnUrl: "/my", width: Phone);
        var page = browser.Page;
        var signedIn = browser.Requests.Count;
        await page.GotoAsync("/my");
        await KeyboardOnly.TabToAsync(page, $"section[aria-labelledby='journey-{journeyId}'] a[href$='/withdraw']");
        await page.Keyboard.PressAsync("Enter");
        await Assertions
            .Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Are you sure you want to withdraw?" }))
            .ToBeVisibleAsync();
        await browser.AssertNoViolationsAsync();
        await KeyboardOnly.TypeIntoAsync(page, "Reason", "Feeling much better, thank you.");
        await KeyboardOnly.TabToAsync(page, "form button[type=submit]");
        Assert.Equal(
            "Yes, withdraw from the Hub",
            (await page.EvaluateAsync<string>("() => document.activeElement.textContent")).Trim()
        );
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("You have withdrawn from the Hub");
        var card = page.Locator($"section[aria-labelledby='journey-{journeyId}']");
        await Assertions.Expect(card).ToContainTextAsync("You withdrew from the Hub");
        await Assertions
            .Expect(card.GetByRole(AriaRole.Link, new() { Name = "Withdraw from the Hub" }))
            .ToHaveCountAsync(0);
        Assert.Equal(JourneyStatus.Withdrawn, (await OwnJourneySeed.LoadAsync(system.Host.Services, journeyId)).Status);
        AssertOnlyOwnOriginSince(browser, signedIn);
    }
}
