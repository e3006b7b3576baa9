using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Tests.Clinic;

/// <summary>
/// Issue 22: the triage queue is paged (three a page here), yet every urgent referral is on every page, above the
/// rest, however many there are; the count is of the whole queue; each page names exactly the people it shows.
/// </summary>
public sealed class TriagePagingTests(SmallPagesFixture clinic) : IClassFixture<SmallPagesFixture>
{
    [Fact]
    public async Task Every_urgent_referral_is_on_every_page_and_the_rest_are_paged_longest_wait_first()
    {
        var list = await UrgentFirstPages.AddAsync((risk, at, marker) => Submit(risk, at, marker));

        await list.ReadAsync(
            clinic.As(ClinicFixture.Clinician(0, "north")),
            "/clinic/triage",
            "queuePage",
            "11 referrals waiting for triage"
        );
    }

    [Fact]
    public Task Each_page_names_the_people_it_shows_and_no_one_else() =>
        PagesNamePeople.AssertAsync(
            (risk, at, marker) => Submit(risk, at, marker, "south"),
            clinic.As(ClinicFixture.Clinician(0, "south")),
            "/clinic/triage",
            "queuePage"
        );

    private Task<Guid> Submit(RiskLevel risk, DateTimeOffset at, string marker, string hub = "north") =>
        ClinicReferrals.SubmitAsync(clinic, hub, risk: risk, submittedAt: at, marker: marker);
}
