using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.Tables;
using Hubs.Insights.Features.Tables.Evaluation;
using Hubs.Insights.Tests.Disclosure;

namespace Hubs.Insights.Tests.Dashboards;

/// <summary>
/// Issue 19's published tables over hand-worked cohorts, with the noise switched off (<see cref="NoNoise"/>) so each
/// cell is exactly the small-number rule and rounding applied to the figure worked out in the comments.
/// </summary>
public sealed class EvaluationTablesTests
{
    private static readonly RecordKeys Keys = new(new byte[32]);

    private static int _next;

    private static string Key() => $"j{Interlocked.Increment(ref _next)}";

    private static List<Keyed<T>> Keyed<T>(IEnumerable<T> facts, Func<T, string> key) =>
        [.. facts.Select(f => new Keyed<T>(f, Keys.Of(key(f))))];

    private static IEnumerable<T> Many<T>(int count, Func<T> make) => Enumerable.Range(0, count).Select(_ => make());

    private static string Percent(decimal n, decimal d) =>
        Math.Round(100m * n / d, 1).ToString("F1", System.Globalization.CultureInfo.InvariantCulture) + "%";

    [Fact]
    public void Experience_by_occasion_shows_responses_and_the_share_positive_overall_and_by_statement()
    {
        // Assessment: 12 responses, 9 positive overall (5 very good, 4 good), 2 poor, 1 don't know; every response
        // answered 5 statements, 9 of them 4 positively and 3 of them 1: 39 of 60 statements positive.
        // Discharge: 10 responses, 8 very good (5 of 5 statements positive), 2 neither (0 of 2): 40 of 44.
        // All: 22 responses, 17 positive; 79 of 104 statements.
        ExperienceFact Response(string occasion, string overall, int items, int positive) =>
            new(Key(), "hub-a", "2026-05", occasion, overall, items, positive);
        var responses = Many(5, () => Response("assessment", "very-good", 5, 4))
            .Concat(Many(4, () => Response("assessment", "good", 5, 4)))
            .Concat(Many(2, () => Response("assessment", "poor", 5, 1)))
            .Concat([Response("assessment", "dont-know", 5, 1)])
            .Concat(Many(8, () => Response("discharge", "very-good", 5, 5)))
            .Concat(Many(2, () => Response("discharge", "neither", 2, 0)));

        var table = ExperienceTable.Publish(Keyed(responses, r => r.JourneyKey), NoNoise.Options);

        Assert.Equal(["assessment", "discharge", "Total"], table.Rows.Select(r => r.Label));
        Assert.Equal("10", table.Cell("assessment", "responses").Display);
        Assert.Equal(Percent(9, 12), table.Cell("assessment", "positive-overall").Display);
        Assert.Equal(Percent(39, 60), table.Cell("assessment", "positive-statements").Display);
        Assert.Equal("10", table.Cell("discharge", "responses").Display);
        Assert.Equal(Percent(8, 10), table.Cell("discharge", "positive-overall").Display);
        Assert.Equal(Percent(40, 44), table.Cell("discharge", "positive-statements").Display);
        Assert.Equal("20", table.Cell("Total", "responses").Display);
        Assert.Equal(Percent(17, 22), table.Cell("Total", "positive-overall").Display);
        Assert.Equal(Percent(79, 104), table.Cell("Total", "positive-statements").Display);
    }

    [Fact]
    public void A_few_responses_at_one_occasion_are_withheld_not_shown()
    {
        // 3 responses at discharge, all positive: a base of 1–7 is withheld.
        var responses = Many(3, () => new ExperienceFact(Key(), "hub-a", "2026-05", "discharge", "good", 5, 5));

        var table = ExperienceTable.Publish(Keyed(responses, r => r.JourneyKey), NoNoise.Options);

        Assert.Equal("*", table.Cell("discharge", "responses").Display);
        Assert.Equal("*", table.Cell("discharge", "positive-overall").Display);
        Assert.Equal("*", table.Cell("assessment", "responses").Display); // a 0 under a withheld total
    }

    [Fact]
    public void Work_outcomes_compare_each_paired_journey_before_and_after()
    {
        // 9 at work who stay (2 → 4 days, not leaving → leaving their role); 10 off work who return (20 → 0 days,
        // leaving the profession → not leaving); 2 off work who stay off (28 → 28, leaving the organisation both
        // times). 21 pairs discharged in May. Before: 2×9, 20×10, 28×2, median (11th) 20. After: 0×10, 4×9, 28×2,
        // median 4. Fewer days: 10 of 21. Back at work: 10 of the 12 not at work before. Leaving before: 12 of 21;
        // after: 11 of 21. Not counted: 3 with only an assessment record, 2 pairs discharged in July.
        WorkPairFact Pair(string month, WorkFact? before, WorkFact? after) => new(Key(), "hub-a", month, before, after);
        var journeys = Many(9, () => Pair("2026-05", new(2, "at-work", "no"), new(4, "at-work", "role")))
            .Concat(Many(10, () => Pair("2026-05", new(20, "off-work", "profession"), new(0, "at-work", "no"))))
            .Concat(
                Many(2, () => Pair("2026-05", new(28, "off-work", "organisation"), new(28, "off-work", "organisation")))
            )
            .Concat(Many(3, () => Pair("2026-05", new(5, "restricted-duties", "no"), null)))
            .Concat(Many(2, () => Pair("2026-07", new(5, "off-work", "no"), new(0, "at-work", "no"))))
            .Where(j => j.Paired && Period.Parse("2026-Q2")!.Contains(j.Month!));

        var table = WorkOutcomesTable.Publish(
            Keyed(journeys, j => j.JourneyKey),
            Period.Parse("2026-Q2")!,
            NoNoise.Options
        );

        Assert.Equal(["2026-04", "2026-05", "2026-06", "2026-Q2"], table.Rows.Select(r => r.Label));
        Assert.Equal("20", table.Cell("2026-Q2", "paired").Display);
        Assert.Equal("20", table.Cell("2026-Q2", "sick-days-before").Display);
        Assert.Equal("4", table.Cell("2026-Q2", "sick-days-after").Display);
        Assert.Equal(Percent(10, 21), table.Cell("2026-Q2", "fewer-sick-days").Display);
        Assert.Equal(Percent(10, 12), table.Cell("2026-Q2", "back-at-work").Display);
        Assert.Equal(Percent(12, 21), table.Cell("2026-Q2", "leaving-before").Display);
        Assert.Equal(Percent(11, 21), table.Cell("2026-Q2", "leaving-after").Display);
        Assert.Equal(table.Cell("2026-Q2", "back-at-work").Display, table.Cell("2026-05", "back-at-work").Display);
        Assert.Equal("0", table.Cell("2026-04", "paired").Display);
    }

    [Fact]
    public void Themes_by_sector_count_a_journey_in_every_theme_coded_and_list_every_sector()
    {
        // 9 health journeys coded burnout and moral injury; 8 police coded traumatic event at work; 3 care-home coded
        // burnout; 1 of no stated sector coded racism. Burnout: 9 health, 3 care home, 12 in all. 21 journeys coded.
        ThemesFact Coded(string sector, params string[] themes) => new(Key(), "hub-a", "2026-05", sector, themes);
        var journeys = Many(9, () => Coded("health", "burnout", "moral-injury"))
            .Concat(Many(8, () => Coded("police", "traumatic-event-at-work")))
            .Concat(Many(3, () => Coded("care-home", "burnout")))
            .Concat([Coded(ThemesTable.NotStated, "racism")]);

        var table = ThemesTable.Publish(Keyed(journeys, j => j.JourneyKey), NoNoise.Options);

        Assert.Equal(11, table.Rows.Count); // every theme, then the total
        Assert.Equal([.. Sectors.Codes, "not-stated", "all"], table.Columns.Select(c => c.Key));
        Assert.Equal("10", table.Cell("burnout", "health").Display);
        Assert.Equal("*", table.Cell("burnout", "care-home").Display);
        Assert.Equal("10", table.Cell("burnout", "all").Display);
        Assert.Equal("10", table.Cell("moral-injury", "health").Display);
        Assert.Equal("10", table.Cell("traumatic-event-at-work", "police").Display);
        Assert.Equal("0", table.Cell("traumatic-event-at-work", "fire").Display);
        Assert.Equal("*", table.Cell("racism", "all").Display);
        Assert.Equal("20", table.Cell("Total", "all").Display);
        // Care home's total is withheld, so its 0s are too: "0 bullying" beside "* in all" would narrow it down.
        Assert.Equal("*", table.Cell("bullying-or-harassment", "care-home").Display);
    }
}
