using System.Globalization;
using System.Net;
using Hubs.Testing.Auth;
using Hubs.Web.Features.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Web.Tests.Clinic.Risk;

/// <summary>
/// Who may open the risk pages: clinical staff of the journey's Hub (an allocated case by break-glass only), never
/// a keyworker or a hub admin; the safety plan page is the keyworker's own. Opening a risk form is audited.
/// </summary>
public sealed class RiskPageAccessTests(ClinicFixture clinic) : IClassFixture<ClinicFixture>
{
    private static readonly string[] Forms = ["risk/concern", "risk/assessment", "risk/safety-plan", "screening"];

    private RiskJourneys Journeys => new(clinic.App.Services, clinic.Clock);

    [Fact]
    public async Task Staff_of_the_Hub_open_the_risk_pages_and_nobody_else_does()
    {
        var id = await ClinicReferrals.SubmitAsync(clinic, phq9: null, gad7: null);
        var keyworker = TestPrincipal.Keyworker((await Journeys.LoadAsync(id)).KeyworkerId);
        foreach (var form in Forms)
        {
            var path = $"/clinic/journeys/{id}/{form}";
            Assert.Equal(HttpStatusCode.OK, (await clinic.As(ClinicFixture.Clinician(3)).GetAsync(path)).Status);
            Assert.Equal(HttpStatusCode.OK, (await clinic.As(ClinicFixture.Lead()).GetAsync(path)).Status);
            Assert.Equal(HttpStatusCode.NotFound, (await clinic.As(ClinicFixture.Lead("south")).GetAsync(path)).Status);
            Assert.Equal(
                HttpStatusCode.NotFound,
                (await clinic.As(ClinicFixture.Clinician(0, "south")).GetAsync(path)).Status
            );
            Assert.Equal(HttpStatusCode.Forbidden, (await clinic.As(keyworker).GetAsync(path)).Status);
            Assert.Equal(HttpStatusCode.Forbidden, (await clinic.As(TestPrincipal.HubAdmin()).GetAsync(path)).Status);
        }

        var audit = await clinic.As(ClinicFixture.Lead()).GetAsync("/clinic/audit");
        Assert.Contains("risk-assessment-form", audit.Html, StringComparison.Ordinal);
        Assert.Contains("phone-screening-form", audit.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_colleagues_allocated_client_needs_break_glass_for_the_risk_pages_too()
    {
        var clinician = ClinicFixture.Clinician(1);
        var id = await ClinicReferrals.SubmitAsync(clinic);
        await Journeys.TriageAsync(id, "north");
        await Journeys.AssessAsync(id, "north", clinician.Id);
        await Journeys.AllocateAsync(id, "north", clinician.Id);

        var colleague = await clinic.As(ClinicFixture.Clinician(2)).GetAsync($"/clinic/journeys/{id}/risk/assessment");
        Assert.Equal(HttpStatusCode.Redirect, colleague.Status);
        Assert.Equal($"/clinic/journeys/{id}/break-glass", colleague.Location?.ToString());
        Assert.Equal(
            HttpStatusCode.OK,
            (await clinic.As(clinician).GetAsync($"/clinic/journeys/{id}/risk/assessment")).Status
        );
    }

    [Fact]
    public async Task Only_the_keyworker_opens_their_safety_plan()
    {
        var id = await ClinicReferrals.SubmitAsync(clinic);
        var owner = TestPrincipal.Keyworker((await Journeys.LoadAsync(id)).KeyworkerId);
        var path = $"/my/journeys/{id}/safety-plan";

        Assert.Equal(HttpStatusCode.OK, (await clinic.As(owner).GetAsync(path)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await clinic.As(TestPrincipal.Keyworker()).GetAsync(path)).Status);
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await clinic.As(TestPrincipal.Keyworker()).GetAsync($"{path}/text")).Status
        );
        Assert.Equal(HttpStatusCode.Forbidden, (await clinic.As(ClinicFixture.Clinician()).GetAsync(path)).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await clinic.As((TestPrincipal?)null).GetAsync(path)).Status);
    }

    [Fact]
    public async Task A_review_date_in_the_past_or_beyond_three_months_is_refused_with_the_form_kept()
    {
        var id = await ClinicReferrals.SubmitAsync(clinic);
        var me = clinic.As(ClinicFixture.Clinician());
        var today = DateOnly.FromDateTime(
            clinic.App.Services.GetRequiredService<ClinicClock>().Local(clinic.Clock.GetUtcNow())
        );
        Dictionary<string, string> Form(DateOnly reviewBy) =>
            new()
            {
                ["Level"] = "Flag",
                ["RiskFactors"] = "Recent loss.",
                ["ProtectiveFactors"] = "Family.",
                ["Plan"] = "Weekly calls.",
                ["ReviewBy"] = reviewBy.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            };

        var past = await me.SubmitAsync($"/clinic/journeys/{id}/risk/assessment", Form(today.AddDays(-1)));
        Assert.Equal(HttpStatusCode.OK, past.Status);
        Assert.Contains("The review date must be today or later.", past.Html, StringComparison.Ordinal);
        Assert.Contains("Recent loss.", past.Html, StringComparison.Ordinal);
        var far = await me.SubmitAsync($"/clinic/journeys/{id}/risk/assessment", Form(today.AddDays(92)));
        Assert.Contains("Review the risk within 91 days", far.Html, StringComparison.Ordinal);
        var empty = await me.SubmitAsync($"/clinic/journeys/{id}/risk/assessment", new Dictionary<string, string>());
        Assert.All(["Level", "RiskFactors", "ProtectiveFactors", "Plan", "ReviewBy"], field =>
            Assert.True(empty.HasErrorFor(field), field)
        );
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await me.SubmitAsync($"/clinic/journeys/{id}/risk/assessment", Form(today.AddDays(14)))).Status
        );
    }
}
