using Hubs.Insights.Disclosure;

namespace Hubs.Insights.Features.Tables.Evaluation;

/// <summary>
/// The evaluation tables of the catalogue (issue 19), each published for one Hub and one period through the cell
/// rules like every other table: record keys are the journeys' own, so a person counts the same everywhere.
/// </summary>
public static class EvaluationTables
{
    public const string Experience = "experience";
    public const string WorkOutcomes = "work-outcomes";
    public const string Themes = "themes-by-sector";

    /// <summary>
    /// The catalogue's entries for these tables (listed by the dashboards, feeds and the quarterly report).
    /// </summary>
    public static IReadOnlyList<TableInfo> Catalogue { get; } =
    [
        new(
            Experience,
            "Experience of the service",
            "Experience questionnaires at assessment and at discharge: responses, the share positive overall "
                + "and the share of statements answered positively.",
            TableRowsKind.Categories
        ),
        new(
            WorkOutcomes,
            "Work outcomes",
            "Journeys with work outcomes at assessment and discharge: median days off sick before and after, the "
                + "share with fewer, the share back at work, and the share thinking of leaving before and after.",
            TableRowsKind.Months
        ),
        new(
            Themes,
            "Presenting themes by sector",
            "Journeys by presenting theme coded at assessment, in each sector.",
            TableRowsKind.Categories
        ),
    ];

    public static bool Publishes(string table) => Catalogue.Any(t => t.Code == table);

    public static PublishedTable Publish(
        string table,
        EvaluationCohort cohort,
        IReadOnlySet<string> hubs,
        Period period,
        RecordKeys keys,
        DisclosureOptions options
    )
    {
        ArgumentNullException.ThrowIfNull(cohort);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(keys);
        return table switch
        {
            Experience => ExperienceTable.Publish(
                [.. Keyed(cohort.Experience, hubs, period, e => e.HubId, e => e.Month, e => e.JourneyKey, keys)],
                options
            ),
            WorkOutcomes => WorkOutcomesTable.Publish(
                [
                    .. Keyed(
                        cohort.Work.Where(w => w.Paired),
                        hubs,
                        period,
                        w => w.HubId,
                        w => w.Month!,
                        w => w.JourneyKey,
                        keys
                    ),
                ],
                period,
                options
            ),
            Themes => ThemesTable.Publish(
                [.. Keyed(cohort.Themes, hubs, period, t => t.HubId, t => t.Month, t => t.JourneyKey, keys)],
                options
            ),
            _ => throw new ArgumentException($"Unknown evaluation table '{table}'.", nameof(table)),
        };
    }

    private static IEnumerable<Keyed<T>> Keyed<T>(
        IEnumerable<T> facts,
        IReadOnlySet<string> hubs,
        Period period,
        Func<T, string> hub,
        Func<T, string> month,
        Func<T, string> key,
        RecordKeys keys
    ) =>
        facts
            .Where(f => hubs.Contains(hub(f)) && period.Contains(month(f)))
            .Select(f => new Keyed<T>(f, keys.Of(key(f))));
}
