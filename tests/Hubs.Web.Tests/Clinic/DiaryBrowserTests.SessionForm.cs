using Hubs.Testing.Browser;

namespace Hubs.Web.Tests.Clinic;

/// <summary>The session form's errors all at once, item 9 (risk) in its place on the form, not first or last.</summary>
public sealed partial class DiaryBrowserTests
{
    [Fact]
    public async Task Session_form_errors_come_in_the_order_of_the_form_with_item_9_in_its_place()
    {
        var id = await TriagedAsync();
        await using var me = await web.OpenAsAsync(ClinicFixture.Clinician(0).Principal);
        await me.Page.GotoAsync($"/clinic/journeys/{id}/sessions/new");
        await me.Page.FillAsync("#RiskReview", new string('r', 4001));
        await me.Page.FillAsync("#Notes", new string('n', 8001));
        await me.SubmitAsync("Record session");

        var links = await me
            .Page.Locator(".nhsuk-error-summary a")
            .EvaluateAllAsync<string[]>("a => a.map(e => e.getAttribute('href'))");
        Assert.Equal(["#AppointmentId", "#Phq9Total", "#Gad7Total", "#Phq9Item9", "#RiskReview", "#Notes"], links);
        await me.AssertNoViolationsAsync();
    }
}
