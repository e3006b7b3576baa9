using Hubs.Testing.Auth;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.AnsweringScreening;
using Hubs.Web.Features.Journeys.Events;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Hubs.Web.Tests.Clinic.Risk;

/// <summary>
/// A keyworker asked to answer by phone: the clinician goes from the triage queue to the phone-screening page and
/// enters the answers step by step; a self-harm answer is recorded as a risk event from screening at once.
/// </summary>
public sealed class PhoneScreeningBrowserTests(ClinicBrowserFixture web) : IClassFixture<ClinicBrowserFixture>
{
    [Fact]
    public async Task A_clinician_enters_the_answers_given_by_phone_from_the_triage_queue()
    {
        var id = await ClinicReferrals.SubmitAsync(web.Host.Services, "north", phq9: null, gad7: null, marker: "Phone");
        await using (var session = web.Host.Services.GetRequiredService<IDocumentStore>().LightweightSession())
        {
            var stream = await session.Events.FetchForWriting<Journey>(id);
            stream.AppendOne(new ScreeningByPhoneRequested(id, web.Clock.GetUtcNow()));
            await session.SaveChangesAsync();
        }

        await using var me = await web.OpenAsAsync(TestPrincipal.Clinician("north"));
        var page = me.Page;
        await page.GotoAsync("/clinic/triage");
        Assert.Equal(1, await page.Locator($"a[href='/clinic/journeys/{id}/screening']").CountAsync());
        await page.ClickAsync($"a[href='/clinic/journeys/{id}/screening']");

        await me.SubmitAsync("Save these answers");
        Assert.Equal(2, await page.Locator(".nhsuk-error-summary__list a").CountAsync());
        await me.CheckAsync("phone-01-screening-errors");
        await page.CheckAsync("#q-phq9-1");
        await page.CheckAsync("#q-phq9-2");
        await me.SubmitAsync("Save these answers");
        await page.CheckAsync("#q-phq9-9-3");
        await me.SubmitAsync("Save these answers");
        Assert.Contains("Urgent risk", await page.InnerTextAsync(".nhsuk-warning-callout"), StringComparison.Ordinal);
        await me.CheckAsync("phone-02-screening-risk");
        await page.CheckAsync("#q-gad7-1");
        await page.CheckAsync("#q-gad7-2");
        await me.SubmitAsync("Save these answers");
        while (await page.Locator("form#form").CountAsync() == 1)
        {
            // The brief screens still to come (alcohol): the first answer of each question.
            var firsts = page.Locator(".nhsuk-radios__item:first-child input");
            for (var i = 0; i < await firsts.CountAsync(); i++)
            {
                await firsts.Nth(i).CheckAsync();
            }

            await me.SubmitAsync("Save these answers");
        }

        Assert.Contains("Screening is complete", await page.InnerTextAsync("main"), StringComparison.Ordinal);

        await page.GotoAsync($"/clinic/journeys/{id}/triage");
        var risk = await page.InnerTextAsync("section.hubs-risk");
        Assert.Contains("Urgent risk", risk, StringComparison.Ordinal);
        Assert.Contains("PHQ-9 item 9 at screening", risk, StringComparison.Ordinal);
        Assert.Contains("PHQ-2 total 0", await page.InnerTextAsync("main"), StringComparison.Ordinal);
    }
}
