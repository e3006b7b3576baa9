using System.Net;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Questionnaires;
using static Hubs.Web.Tests.Clinic.JourneyLinks;

namespace Hubs.Web.Tests.Clinic;

/// <summary>
/// Issue 22: a clinician's caseload is paged (three a page here), yet every urgent case is on every page, above the
/// rest; the count is of the whole caseload; each page names exactly the people it shows; a page number that does not
/// exist says so and shows the first page.
/// </summary>
public sealed class CaseloadPagingTests(SmallPagesFixture clinic) : IClassFixture<SmallPagesFixture>
{
    [Fact]
    public async Task Every_urgent_case_is_on_every_page_and_the_rest_are_paged_raised_risk_then_oldest_first()
    {
        var me = Someone("north");
        var list = await UrgentFirstPages.AddAsync((risk, at, marker) => Allocated(me, risk, at, marker));

        var pages = await list.ReadAsync(
            clinic.As(me),
            "/clinic/caseload",
            "caseloadPage",
            "11 open cases allocated to you"
        );

        Assert.All(pages, p =>
            Assert.Contains("all 4 at urgent risk are shown on every page", p.Html, StringComparison.Ordinal)
        );
    }

    [Fact]
    public Task Each_page_names_the_people_it_shows_and_no_one_else()
    {
        var me = Someone("south");
        return PagesNamePeople.AssertAsync(
            (risk, at, marker) => Allocated(me, risk, at, marker),
            clinic.As(me),
            "/clinic/caseload",
            "caseloadPage"
        );
    }

    [Theory]
    [InlineData("9")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("two")]
    [InlineData("99999999999")]
    public async Task A_page_that_does_not_exist_says_so_and_shows_the_first_page_with_every_urgent_case(string page)
    {
        var me = Someone("north");
        var now = DateTimeOffset.UtcNow;
        var urgent = await Allocated(me, RiskLevel.Urgent, now.AddDays(-2), "Urgent bad page");
        var oldest = await Allocated(me, RiskLevel.None, now.AddDays(-9), "Oldest bad page");
        for (var i = 0; i < 4; i++)
        {
            await Allocated(me, RiskLevel.None, now.AddDays(-8 + i), $"Later {i}");
        }

        var shown = await clinic.As(me).GetAsync($"/clinic/caseload?caseloadPage={page}");

        Assert.Equal(HttpStatusCode.OK, shown.Status);
        Assert.Contains(
            "Your caseload has no such page (there are 2): page 1 is shown.",
            WebUtility.HtmlDecode(shown.Html),
            StringComparison.Ordinal
        );
        Assert.Contains("Page 1 of 2", shown.Html, StringComparison.Ordinal);
        Assert.Contains(Link(urgent), shown.Html, StringComparison.Ordinal);
        Assert.Contains(Link(oldest), shown.Html, StringComparison.Ordinal);
    }

    private async Task<Guid> Allocated(Staff clinician, RiskLevel risk, DateTimeOffset at, string marker)
    {
        var hub = clinician.HubId;
        var id = await ClinicReferrals.SubmitAsync(clinic, hub, risk: risk, submittedAt: at, marker: marker);
        await using var session = clinic.Store.LightweightSession();
        session.Events.Append(id, new ClinicianAllocated(id, at.AddDays(1), clinician.Id, Guid.NewGuid()));
        await session.SaveChangesAsync();
        return id;
    }

    /// <summary>A clinician of their own for each test, so that each caseload holds only that test's cases.</summary>
    private static Staff Someone(string hub) => new(Guid.NewGuid(), "clinician", hub);
}
