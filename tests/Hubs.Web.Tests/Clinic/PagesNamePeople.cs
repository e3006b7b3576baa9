using Hubs.Web.Features.Questionnaires;
using static Hubs.Web.Tests.Clinic.JourneyLinks;

namespace Hubs.Web.Tests.Clinic;

/// <summary>
/// A staff list of five people, none at risk, paged three a page (the triage queue, a caseload): each of its two pages
/// names, with a link, exactly the people it shows and no one else.
/// </summary>
internal static class PagesNamePeople
{
    /// <summary>Adds them through <paramref name="add"/> (risk, referred at, marker) and reads both pages.</summary>
    public static async Task AssertAsync(
        Func<RiskLevel, DateTimeOffset, string, Task<Guid>> add,
        PageClient client,
        string path,
        string page
    )
    {
        var now = DateTimeOffset.UtcNow;
        var people = new List<(Guid Id, string Name)>();
        for (var i = 0; i < 5; i++)
        {
            people.Add((await add(RiskLevel.None, now.AddDays(-20 + i), $"Named {i}"), $"Named {i}"));
        }

        var first = (await client.GetAsync(path)).Html;
        var second = (await client.GetAsync($"{path}?{page}=2")).Html;
        OnlyOn(first, second, people.Take(3));
        OnlyOn(second, first, people.Skip(3));
    }

    private static void OnlyOn(string page, string other, IEnumerable<(Guid Id, string Name)> people)
    {
        foreach (var (id, name) in people)
        {
            Assert.Contains($"{Link(id)}\">Test Keyworker {name}</a>", page, StringComparison.Ordinal);
            Assert.DoesNotContain($"Keyworker {name}<", other, StringComparison.Ordinal);
        }
    }
}
