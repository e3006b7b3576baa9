using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hubs.Testing.Auth;

namespace Hubs.Web.Tests.Journeys;

/// <summary>Who may open a journey, and the audit trail a hub lead reads.</summary>
public class AccessAndAuditTests(WebHostFixture web) : IClassFixture<WebHostFixture>
{
    private readonly Staff _allocated = Staff.Clinician();
    private readonly Staff _colleague = Staff.Clinician();
    private readonly Staff _lead = Staff.Lead();

    [Fact]
    public async Task A_colleague_needs_break_glass_and_the_lead_sees_it_flagged_with_the_reason()
    {
        var journey = await AllocatedJourneyAsync();
        await journey.GetAsync(_allocated);

        var refused = await web.Client.SendAsync(_colleague.Request(HttpMethod.Get, $"/api/journeys/{journey.Id}"));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var grant = await web.Client.SendAsync(
            _colleague.Request(
                HttpMethod.Post,
                $"/api/journeys/{journey.Id}/break-glass",
                new { reason = "Covering a risk call while the allocated clinician is on leave." }
            )
        );
        Assert.Equal(HttpStatusCode.OK, grant.StatusCode);
        await journey.GetAsync(_colleague);

        var audit = (await journey.GetAsync(_lead, "/audit")).EnumerateArray().ToList();
        var reads = audit
            .Select(e =>
                (
                    e.GetProperty("staffId").GetGuid(),
                    e.GetProperty("purpose").GetString(),
                    e.GetProperty("breakGlass").GetBoolean()
                )
            )
            .ToList();
        Assert.Contains((_allocated.Id, "direct-care", false), reads);
        Assert.Contains((_colleague.Id, "break-glass", true), reads);
        Assert.Contains(
            "on leave",
            audit.Single(e => e.GetProperty("breakGlass").GetBoolean()).GetProperty("breakGlassReason").GetString()
        );
    }

    [Fact]
    public async Task Another_hub_cannot_see_the_journey_and_a_clinician_cannot_read_the_audit()
    {
        var journey = await AllocatedJourneyAsync();

        var otherHub = await web.Client.SendAsync(
            Staff.Lead("south").Request(HttpMethod.Get, $"/api/journeys/{journey.Id}")
        );
        var auditByClinician = await web.Client.SendAsync(
            _allocated.Request(HttpMethod.Get, $"/api/journeys/{journey.Id}/audit")
        );
        var noIdentity = await web.Client.GetAsync($"/api/journeys/{journey.Id}");

        Assert.Equal(HttpStatusCode.NotFound, otherHub.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, auditByClinician.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, noIdentity.StatusCode);
    }

    [Fact]
    public async Task A_re_referral_is_a_new_journey_linked_to_the_ended_one()
    {
        var first = await JourneyClient.SubmitAsync(web.Client);
        var tooEarly = Referrals.Valid();
        tooEarly["previousJourneyId"] = first.Id;
        Assert.Equal(
            HttpStatusCode.UnprocessableEntity,
            (await web.Client.PostAsKeyworkerAsync("/api/journeys", tooEarly, first.Keyworker)).StatusCode
        );
        await first.OkAsync(null, "withdrawal", new { reason = "Feeling better." });
        var someoneElse = await web.Client.PostAsKeyworkerAsync("/api/journeys", tooEarly);

        var second = await JourneyClient.SubmitAsync(web.Client, tooEarly, first.Keyworker);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, someoneElse.StatusCode);
        var detail = await second.GetAsync(_lead);
        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal(first.Id, detail.GetProperty("previousJourneyId").GetGuid());
        Assert.Equal("withdrawn", (await first.GetAsync(_lead)).GetProperty("status").GetString());
    }

    private async Task<JourneyClient> AllocatedJourneyAsync()
    {
        var journey = await JourneyClient.SubmitAsync(web.Client);
        await journey.OkAsync(_allocated, "triage", new { outcome = "assess", reason = "Fits." });
        await journey.OkAsync(
            _allocated,
            "assessment",
            new
            {
                intervention = "counselling",
                formulation = "F.",
                agreedPlan = "P.",
                phq9Total = 9,
                gad7Total = 9,
            }
        );
        await journey.OkAsync(_lead, "allocation", new { clinicianId = _allocated.Id });
        return journey;
    }
}
