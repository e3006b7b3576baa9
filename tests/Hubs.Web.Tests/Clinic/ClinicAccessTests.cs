using System.Net;
using Hubs.Testing.Auth;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.CompletingAssessment;
using Hubs.Web.Features.Journeys.TriagingReferral;

namespace Hubs.Web.Tests.Clinic;

/// <summary>
/// Who may open which clinician page: staff only, own Hub only, hub-lead pages for leads, other caseloads by
/// break-glass.
/// </summary>
public sealed class ClinicAccessTests(ClinicFixture clinic) : IClassFixture<ClinicFixture>
{
    [Fact]
    public async Task Nobody_but_clinical_staff_gets_a_page()
    {
        var anonymous = await clinic.As((TestPrincipal?)null).GetAsync("/clinic/triage");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.Status);
        Assert.StartsWith(
            TestIssuer.Shared.Authority.ToString(),
            anonymous.Location?.ToString(),
            StringComparison.Ordinal
        );
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (await clinic.As(TestPrincipal.Keyworker()).GetAsync("/clinic/triage")).Status
        );
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (await clinic.As(TestPrincipal.HubAdmin()).GetAsync("/clinic/caseload")).Status
        );
        Assert.Equal(HttpStatusCode.OK, (await clinic.As(ClinicFixture.Clinician()).GetAsync("/clinic/triage")).Status);
    }

    [Fact]
    public async Task Hub_lead_pages_are_for_hub_leads()
    {
        foreach (var page in new[] { "/clinic/hub", "/clinic/audit" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await clinic.As(ClinicFixture.Clinician()).GetAsync(page)).Status);
            Assert.Equal(HttpStatusCode.OK, (await clinic.As(ClinicFixture.Lead()).GetAsync(page)).Status);
        }
    }

    [Fact]
    public async Task Another_Hubs_journey_does_not_exist_and_its_queue_is_not_shown()
    {
        var south = await ClinicReferrals.SubmitAsync(clinic, "south");
        var north = clinic.As(ClinicFixture.Lead("north"));
        Assert.Equal(HttpStatusCode.NotFound, (await north.GetAsync($"/clinic/journeys/{south}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await north.GetAsync($"/clinic/journeys/{south}/triage")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await north.GetAsync($"/clinic/journeys/{south}/break-glass")).Status);
        Assert.DoesNotContain(
            south.ToString(),
            (await north.GetAsync("/clinic/triage")).Html,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task A_colleagues_client_opens_only_by_break_glass_and_the_lead_sees_the_reason()
    {
        var id = await AllocatedAsync(ClinicFixture.Clinician(1));
        var colleague = clinic.As(ClinicFixture.Clinician(2));
        var refused = await colleague.GetAsync($"/clinic/journeys/{id}");
        Assert.Equal(HttpStatusCode.Redirect, refused.Status);
        Assert.Equal($"/clinic/journeys/{id}/break-glass", refused.Location?.ToString());

        var tooShort = await colleague.SubmitAsync(
            $"/clinic/journeys/{id}/break-glass",
            new Dictionary<string, string> { ["Reason"] = "Risk" }
        );
        Assert.True(tooShort.HasErrorFor("Reason"));
        var granted = await colleague.SubmitAsync(
            $"/clinic/journeys/{id}/break-glass",
            new Dictionary<string, string> { ["Reason"] = "Urgent call while Priya is on leave" }
        );
        Assert.Equal($"/clinic/journeys/{id}", granted.Location?.ToString());
        Assert.Equal(HttpStatusCode.OK, (await colleague.GetAsync($"/clinic/journeys/{id}")).Status);

        var audit = await clinic.As(ClinicFixture.Lead()).GetAsync("/clinic/audit?BreakGlassOnly=true");
        Assert.Contains("Urgent call while Priya is on leave", audit.Html, StringComparison.Ordinal);
        Assert.Contains("Daniel Okafor", audit.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_without_its_antiforgery_token_is_refused()
    {
        var id = await ClinicReferrals.SubmitAsync(clinic);
        var me = clinic.As(ClinicFixture.Clinician());
        using var form = new FormUrlEncodedContent(
            new Dictionary<string, string>
            {
                ["Version"] = "2",
                ["Outcome"] = "Assess",
                ["Reason"] = "Fits.",
            }
        );
        var response = await me.Http.PostAsync(new Uri($"/clinic/journeys/{id}/triage", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_form_saved_after_someone_else_wrote_is_refused_with_what_was_typed_kept()
    {
        var id = await ClinicReferrals.SubmitAsync(clinic);
        var me = clinic.As(ClinicFixture.Clinician());
        var form = await me.GetAsync($"/clinic/journeys/{id}/triage");
        await TriageAsync(id, Guid.NewGuid());

        var stale = await me.PostAsync(
            $"/clinic/journeys/{id}/triage",
            form.Html,
            new Dictionary<string, string> { ["Outcome"] = "Assess", ["Reason"] = "My careful reasoning" }
        );

        Assert.Equal(HttpStatusCode.OK, stale.Status);
        Assert.Contains(
            "<a href=\"#form\">Someone else recorded something on this journey",
            stale.Html,
            StringComparison.Ordinal
        );
        Assert.Contains("My careful reasoning", stale.Html, StringComparison.Ordinal);
    }

    private async Task<Guid> AllocatedAsync(Staff clinician)
    {
        var id = await ClinicReferrals.SubmitAsync(clinic);
        await TriageAsync(id, clinician.Id);
        await using var session = clinic.Store.LightweightSession();
        var assessment = new CompleteAssessment(InterventionType.Cbt, "F.", "P.", 12, 9);
        Assert.Equal(
            AppendStatus.Written,
            (
                await LeadWrites.TryAsync(
                    session,
                    id,
                    3,
                    "north",
                    j => CompleteAssessmentDecision.Decide(j, assessment, clinician.Id, DateTimeOffset.UtcNow),
                    default
                )
            ).Status
        );
        var allocation = new Features.Journeys.AllocatingClinician.AllocateClinician(clinician.Id);
        Assert.Equal(
            AppendStatus.Written,
            (
                await LeadWrites.TryAsync(
                    session,
                    id,
                    4,
                    "north",
                    j =>
                        Features.Journeys.AllocatingClinician.AllocateClinicianDecision.Decide(
                            j,
                            allocation,
                            Guid.NewGuid(),
                            DateTimeOffset.UtcNow
                        ),
                    default
                )
            ).Status
        );
        return id;
    }

    private async Task TriageAsync(Guid id, Guid clinicianId)
    {
        await using var session = clinic.Store.LightweightSession();
        var triage = new TriageReferral(TriageOutcome.Assess, "Fits.", null);
        Assert.Equal(
            AppendStatus.Written,
            (
                await LeadWrites.TryAsync(
                    session,
                    id,
                    2,
                    "north",
                    j => TriageReferralDecision.Decide(j, triage, clinicianId, DateTimeOffset.UtcNow),
                    default
                )
            ).Status
        );
    }
}
