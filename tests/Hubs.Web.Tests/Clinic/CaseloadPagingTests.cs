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
        var now = DateTimeOffset.UtcNow;
        var others = new List<Guid>();
        for (var i = 0; i < 7; i++)
        {
            var risk = i == 3 ? RiskLevel.Flag : RiskLevel.None;
            others.Add(await Allocated(me, risk, now.AddDays(-30 + i), $"Other {i}"));
        }

        // More urgent cases than a page holds, and the most recent of all: by referral date alone they would come last.
        var urgent = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            urgent.Add(await Allocated(me, RiskLevel.Urgent, now.AddDays(-1), $"Urgent {i}"));
        }

        var client = clinic.As(me);
        var pages = new[]
        {
            await client.GetAsync("/clinic/caseload"),
            await client.GetAsync("/clinic/caseload?caseloadPage=2"),
            await client.GetAsync("/clinic/caseload?caseloadPage=3"),
        };

        Assert.All(pages, p => Assert.Equal(HttpStatusCode.OK, p.Status));
        Assert.All(pages, p => Assert.Contains("11 open cases allocated to you", p.Html, StringComparison.Ordinal));
        Assert.All(pages, p =>
            Assert.Contains("all 4 at urgent risk are shown on every page", p.Html, StringComparison.Ordinal)
        );
        Assert.All(pages, p => Assert.All(urgent, u => Assert.Contains(Link(u), p.Html, StringComparison.Ordinal)));
        Assert.All(pages, p => Assert.True(Before(p.Html, urgent, others), "urgent cases come first"));
        Assert.Contains("href=\"/clinic/caseload?caseloadPage=2\"", pages[0].Html, StringComparison.Ordinal);
        Assert.Contains("href=\"/clinic/caseload?caseloadPage=3\"", pages[1].Html, StringComparison.Ordinal);
        Assert.Contains("Page 3 of 3", pages[2].Html, StringComparison.Ordinal);

        var expected = new[] { others[3], others[0], others[1], others[2], others[4], others[5], others[6] };
        var shown = pages.SelectMany(p => expected.Where(o => p.Html.Contains(Link(o), StringComparison.Ordinal)));
        Assert.Equal(expected, shown.ToArray());
        Assert.Equal(
            [3, 3, 1],
            pages.Select(p => others.Count(o => p.Html.Contains(Link(o), StringComparison.Ordinal)))
        );
    }

    [Fact]
    public async Task Each_page_names_the_people_it_shows_and_no_one_else()
    {
        var me = Someone("south");
        var now = DateTimeOffset.UtcNow;
        var people = new List<(Guid Id, string Name)>();
        for (var i = 0; i < 5; i++)
        {
            people.Add((await Allocated(me, RiskLevel.None, now.AddDays(-20 + i), $"Case {i}"), $"Case {i}"));
        }

        var client = clinic.As(me);
        var first = (await client.GetAsync("/clinic/caseload")).Html;
        var second = (await client.GetAsync("/clinic/caseload?caseloadPage=2")).Html;

        foreach (var (id, name) in people.Take(3))
        {
            Assert.Contains($"{Link(id)}\">Test Keyworker {name}</a>", first, StringComparison.Ordinal);
            Assert.DoesNotContain($"Keyworker {name}<", second, StringComparison.Ordinal);
        }

        foreach (var (id, name) in people.Skip(3))
        {
            Assert.Contains($"{Link(id)}\">Test Keyworker {name}</a>", second, StringComparison.Ordinal);
            Assert.DoesNotContain($"Keyworker {name}<", first, StringComparison.Ordinal);
        }
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
