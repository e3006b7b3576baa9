using Hubs.Insights.Features.Tables.Evaluation;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.EndToEnd.Tests;

/// <summary>Issue 19's fields, each checked where it lands in Insights' own tables (codes and counts only).</summary>
public partial class ReferralToFeedTests
{
    private async Task EvaluationReachedInsightsAsync()
    {
        var cohort = await system
            .Insights.Services.GetRequiredService<IEvaluationSource>()
            .LoadAsync(new HashSet<string>(StringComparer.Ordinal) { "north" }, CancellationToken.None);

        // EvaluatedAsync(…, 1) and (…, 2): experience at both occasions, two statements answered, one positively.
        Assert.Equal(4, cohort.Experience.Count);
        Assert.All(cohort.Experience, e => Assert.Equal((2, 1), (e.ItemsAnswered, e.PositiveItems)));
        Assert.Equal(
            ["good", "good", "poor", "very-good"],
            cohort.Experience.Select(e => e.Overall).Order(StringComparer.Ordinal)
        );
        Assert.Equal(["assessment", "discharge"], cohort.Experience.Select(e => e.Occasion).Distinct().Order());
        // Work outcomes before (20 - n days, off work, leaving the profession) and after (n days, at work, staying).
        var pairs = cohort.Work.OrderBy(w => w.Before!.SickDays).ToList();
        Assert.Equal(2, pairs.Count);
        Assert.All(pairs, w => Assert.True(w.Paired && w.Month is not null));
        Assert.Equal([(18, 2), (19, 1)], pairs.Select(w => (w.Before!.SickDays, w.After!.SickDays)));
        Assert.All(pairs, w => Assert.Equal(("off-work", "profession"), (w.Before!.Status, w.Before.Leaving)));
        Assert.All(pairs, w => Assert.Equal(("at-work", "no"), (w.After!.Status, w.After.Leaving)));
        // Themes: moral injury for both, then burnout (n even) or racism (n odd); the sector from the referral.
        Assert.Equal(
            ["burnout", "moral-injury", "moral-injury", "racism"],
            cohort.Themes.SelectMany(t => t.Themes).Order(StringComparer.Ordinal)
        );
        Assert.All(cohort.Themes, t => Assert.NotEqual(ThemesTable.NotStated, t.Sector));
    }
}
