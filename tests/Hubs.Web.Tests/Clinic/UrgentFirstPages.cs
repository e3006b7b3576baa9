using System.Net;
using Hubs.Web.Features.Questionnaires;
using static Hubs.Web.Tests.Clinic.JourneyLinks;

namespace Hubs.Web.Tests.Clinic;

/// <summary>
/// A staff list paged urgent-first (three a page here), as the triage queue and a caseload both are: 4 urgent journeys,
/// the most recent of all, and 7 others, the fourth of them flagged. Each of its three pages holds every urgent
/// journey above the rest and counts the whole list; the rest come flagged first, then oldest first, each on one page.
/// </summary>
internal sealed record UrgentFirstPages(IReadOnlyList<Guid> Urgent, IReadOnlyList<Guid> Others)
{
    /// <summary>Adds the list's journeys through <paramref name="add"/> (risk, referred at, marker).</summary>
    public static async Task<UrgentFirstPages> AddAsync(Func<RiskLevel, DateTimeOffset, string, Task<Guid>> add)
    {
        var now = DateTimeOffset.UtcNow;
        var others = new List<Guid>();
        for (var i = 0; i < 7; i++)
        {
            others.Add(await add(i == 3 ? RiskLevel.Flag : RiskLevel.None, now.AddDays(-30 + i), $"Other {i}"));
        }

        // More urgent journeys than a page holds, and the most recent of all: by date alone they would come last.
        var urgent = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            urgent.Add(await add(RiskLevel.Urgent, now.AddDays(-1), $"Urgent {i}"));
        }

        return new(urgent, others);
    }

    /// <summary>
    /// Reads the three pages of <paramref name="path"/> (<c>?page=2</c> by its own name) and checks them.
    /// </summary>
    public async Task<PageResult[]> ReadAsync(PageClient client, string path, string page, string count)
    {
        PageResult[] pages =
        [
            await client.GetAsync(path),
            await client.GetAsync($"{path}?{page}=2"),
            await client.GetAsync($"{path}?{page}=3"),
        ];

        Assert.All(pages, p => Assert.Equal(HttpStatusCode.OK, p.Status));
        Assert.All(pages, p => Assert.Contains(count, p.Html, StringComparison.Ordinal));
        Assert.All(pages, p => Assert.All(Urgent, u => Assert.Contains(Link(u), p.Html, StringComparison.Ordinal)));
        Assert.All(pages, p => Assert.True(Before(p.Html, Urgent, Others), "urgent journeys come first"));
        Assert.Contains($"href=\"{path}?{page}=2\"", pages[0].Html, StringComparison.Ordinal);
        Assert.Contains($"href=\"{path}?{page}=3\"", pages[1].Html, StringComparison.Ordinal);
        Assert.Contains("Page 3 of 3", pages[2].Html, StringComparison.Ordinal);

        var expected = new[] { Others[3], Others[0], Others[1], Others[2], Others[4], Others[5], Others[6] };
        var shown = pages.SelectMany(p => expected.Where(o => p.Html.Contains(Link(o), StringComparison.Ordinal)));
        Assert.Equal(expected, shown.ToArray());
        Assert.Equal(
            [3, 3, 1],
            pages.Select(p => Others.Count(o => p.Html.Contains(Link(o), StringComparison.Ordinal)))
        );
        return pages;
    }
}
