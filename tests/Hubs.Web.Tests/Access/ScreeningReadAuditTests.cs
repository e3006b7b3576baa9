using System.Net;
using Hubs.Web.Tests.Journeys;

namespace Hubs.Web.Tests.Access;

/// <summary>A staff read of the screening is a read of the record: caseload rule and audit like the rest.</summary>
public sealed class ScreeningReadAuditTests(WebHostFixture web) : IClassFixture<WebHostFixture>
{
    [Fact]
    public async Task A_clinicians_screening_read_is_audited_and_a_colleague_off_the_caseload_is_refused()
    {
        var allocated = Staff.Clinician();
        var colleague = Staff.Clinician();
        var lead = Staff.Lead();
        var journey = await JourneySteps.AllocatedAsync(web.Client, allocated, lead);

        var own = await web.Client.SendAsync(
            allocated.Request(HttpMethod.Get, $"/api/journeys/{journey.Id}/screening")
        );
        var other = await web.Client.SendAsync(
            colleague.Request(HttpMethod.Get, $"/api/journeys/{journey.Id}/screening")
        );

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        var audit = await journey.GetAsync(lead, "/audit");
        Assert.Contains(audit.EnumerateArray(), e =>
            e.GetProperty("staffId").GetGuid() == allocated.Id && e.GetProperty("what").GetString() == "screening"
        );
    }
}
