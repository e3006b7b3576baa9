using Hubs.Insights.Disclosure;

namespace Hubs.Insights.Features.Tables.Evaluation;

/// <summary>
/// The evaluation tables of the catalogue (issue 19), each published for one Hub and one period through the cell
/// rules like every other table: record keys are the journeys' own, so a person counts the same everywhere.
/// </summary>
public sealed class EvaluationTables(IEvaluationSource? source = null) : ITablePublisher
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

    public IReadOnlyCollection<string> Tables { get; } = [.. Catalogue.Select(t => t.Code)];

    public async Task<PublishedTable> PublishAsync(TableScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        // Without the evaluation tables' facts (issue 19) those tables are published empty.
        var cohort = source is null ? EvaluationCohort.Empty : await source.LoadAsync(scope.Hubs, cancellationToken);
        return scope.Request.Table switch
        {
            Experience => ExperienceTable.Publish(
                scope.InPeriod(cohort.Experience, e => e.HubId, e => e.Month, e => e.JourneyKey),
                scope.Options
            ),
            WorkOutcomes => WorkOutcomesTable.Publish(
                scope.InPeriod(cohort.Work.Where(w => w.Paired), w => w.HubId, w => w.Month!, w => w.JourneyKey),
                scope.Period,
                scope.Options
            ),
            Themes => ThemesTable.Publish(
                scope.InPeriod(cohort.Themes, t => t.HubId, t => t.Month, t => t.JourneyKey),
                scope.Options
            ),
            _ => throw new ArgumentException($"Unknown evaluation table '{scope.Request.Table}'.", nameof(scope)),
        };
    }
}
