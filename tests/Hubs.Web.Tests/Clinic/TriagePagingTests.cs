using System.Net;
using Hubs.Web.Features.Questionnaires;
using static Hubs.Web.Tests.Clinic.JourneyLinks;

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
        var now = DateTimeOffset.UtcNow;
        var others = new List<Guid>();
        for (var i = 0; i < 7; i++)
        {
            var risk = i == 3 ? RiskLevel.Flag : RiskLevel.None;
            others.Add(await Submit(risk, now.AddDays(-30 + i), $"Other {i}"));
        }

        // More urgent referrals than a page holds, and the most recent of all: by wait alone they would come last.
        var urgent = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            urgent.Add(await Submit(RiskLevel.Urgent, now.AddDays(-1), $"Urgent {i}"));
        }

        var me = clinic.As(ClinicFixture.Clinician(0, "north"));
        var pages = new[]
        {
            await me.GetAsync("/clinic/triage"),
            await me.GetAsync("/clinic/triage?queuePage=2"),
            await me.GetAsync("/clinic/triage?queuePage=3"),
        };

        Assert.All(pages, p => Assert.Equal(HttpStatusCode.OK, p.Status));
        Assert.All(pages, p => Assert.Contains("11 referrals waiting for triage", p.Html, StringComparison.Ordinal));
        Assert.All(pages, p => Assert.All(urgent, u => Assert.Contains(Link(u), p.Html, StringComparison.Ordinal)));
        Assert.All(pages, p => Assert.True(Before(p.Html, urgent, others), "urgent referrals come first"));
        Assert.Contains("href=\"/clinic/triage?queuePage=2\"", pages[0].Html, StringComparison.Ordinal);
        Assert.Contains("href=\"/clinic/triage?queuePage=3\"", pages[1].Html, StringComparison.Ordinal);
        Assert.Contains("Page 3 of 3", pages[2].Html, StringComparison.Ordinal);

        // The flagged referral leads the rest, then the longest wait; each of the rest on exactly one page.
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
        var now = DateTimeOffset.UtcNow;
        var people = new List<(Guid Id, string Name)>();
        for (var i = 0; i < 5; i++)
        {
            people.Add((await Submit(RiskLevel.None, now.AddDays(-20 + i), $"Named {i}", "south"), $"Named {i}"));
        }

        var me = clinic.As(ClinicFixture.Clinician(0, "south"));
        var first = (await me.GetAsync("/clinic/triage")).Html;
        var second = (await me.GetAsync("/clinic/triage?queuePage=2")).Html;

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

    private Task<Guid> Submit(RiskLevel risk, DateTimeOffset at, string marker, string hub = "north") =>
        ClinicReferrals.SubmitAsync(clinic, hub, risk: risk, submittedAt: at, marker: marker);
}
