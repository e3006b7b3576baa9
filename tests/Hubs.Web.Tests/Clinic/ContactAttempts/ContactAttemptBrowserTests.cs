using Hubs.Testing.Auth;
using Hubs.Web.Features.Questionnaires;
using Microsoft.Playwright;

namespace Hubs.Web.Tests.Clinic.ContactAttempts;

/// <summary>
/// Contact attempts on the record (issue 17, "contact attempts logged … as their preferences allow"): the form offers
/// only what the keyworker allowed, refuses the rest in plain English, shows on the timeline and on the lead's list
/// of cases at risk, where only an attempt that reached them ends "no contact for N days". Chromium at 768 px, axe.
/// </summary>
public sealed class ContactAttemptBrowserTests(ClinicBrowserFixture web) : IClassFixture<ClinicBrowserFixture>
{
    [Fact]
    public async Task Attempts_follow_the_keyworkers_choices_and_only_a_reached_one_counts_as_contact()
    {
        // The referral allows the phone only, no voicemail (ClinicReferrals).
        var id = await ClinicReferrals.SubmitAsync(
            web.Host.Services,
            "north",
            risk: RiskLevel.Flag,
            submittedAt: DateTimeOffset.UtcNow.AddDays(-30),
            marker: "Attempts"
        );
        await using var me = await web.OpenAsAsync(ClinicFixture.Clinician(0).Principal);
        var page = me.Page;
        await page.GotoAsync($"/clinic/journeys/{id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Log a contact attempt" }).ClickAsync();
        Assert.Equal(1, await page.Locator("input[name=Channel]").CountAsync());
        await me.SubmitAsync("Log attempt");
        Assert.Equal(
            ["Select how you tried to contact them.", "Select what happened."],
            await page.Locator(".nhsuk-error-summary__list a").AllInnerTextsAsync()
        );
        await me.CheckAsync("contact-attempt-01-errors");

        await page.CheckAsync("#Channel");
        await page.CheckAsync("#Outcome-3");
        await me.SubmitAsync("Log attempt");
        Assert.Contains(
            "They asked for no voicemail, so a message cannot have been left on their phone.",
            await page.InnerTextAsync(".nhsuk-error-summary"),
            StringComparison.Ordinal
        );

        // A crafted post of a channel the form does not offer.
        await page.EvaluateAsync(
            "() => { const r = document.querySelector('#Channel'); r.value = 'Email'; r.checked = true; }"
        );
        await page.CheckAsync("#Outcome-2");
        await me.SubmitAsync("Log attempt");
        Assert.Contains(
            "They have not agreed to be contacted by email. They allow: phone.",
            await page.InnerTextAsync(".nhsuk-error-summary"),
            StringComparison.Ordinal
        );

        await page.CheckAsync("#Channel");
        await page.CheckAsync("#Outcome-2");
        await me.SubmitAsync("Log attempt");
        Assert.Contains("Contact attempt logged.", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        Assert.Contains(
            "Contact attempt logged – Phone: no answer",
            await page.InnerTextAsync("main"),
            StringComparison.Ordinal
        );
        await me.CheckAsync("contact-attempt-02-record");

        await using var lead = await web.OpenAsAsync(TestPrincipal.HubLead("north"));
        await lead.Page.GotoAsync("/clinic/hub");
        var row = await lead.Page.InnerTextAsync($"tr[data-journey='{id}']");
        Assert.Contains("No contact for 30 days while at risk", row, StringComparison.Ordinal);
        Assert.Contains("phone, no answer", row, StringComparison.Ordinal);
        await lead.CheckAsync("contact-attempt-03-open-risks");

        await page.GetByRole(AriaRole.Link, new() { Name = "Log a contact attempt" }).ClickAsync();
        await page.CheckAsync("#Channel");
        await page.CheckAsync("#Outcome");
        await me.SubmitAsync("Log attempt");
        await lead.Page.ReloadAsync();
        row = await lead.Page.InnerTextAsync($"tr[data-journey='{id}']");
        Assert.DoesNotContain("No contact for", row, StringComparison.Ordinal);
        Assert.Contains("phone, reached them", row, StringComparison.Ordinal);
    }
}
