using Hubs.Insights.Disclosure;

namespace Hubs.Insights.Features.Tables.Evaluation;

/// <summary>
/// Work outcomes before and after support, over journeys with both an assessment and a discharge record (by the
/// discharge record's month): the median days off sick (last 4 weeks) before and after and the share with fewer (a
/// published median is never below 0, so the change is shown by its two ends rather than as a difference), the share
/// back at work of those not fully at work at assessment, and the share thinking of leaving before and after.
/// </summary>
public static class WorkOutcomesTable
{
    public const string Title = "Work outcomes before and after support";

    public static PublishedTable Publish(
        IReadOnlyList<Keyed<WorkPairFact>> journeys,
        Period period,
        DisclosureOptions? options = null
    )
    {
        ArgumentNullException.ThrowIfNull(journeys);
        ArgumentNullException.ThrowIfNull(period);
        var paired = journeys.Where(j => j.Record.Paired).ToList();
        var rows = period
            .Parts.Select(p => new DraftRow<WorkPairFact>(p.Code, [.. paired.Where(j => p.Contains(j.Record.Month!))]))
            .Append(new DraftRow<WorkPairFact>(period.Code, paired, IsTotal: period.Parts.Count > 0))
            .ToList();
        return CellTable.Publish(
            Title,
            rows,
            [
                People.Count<WorkPairFact>("paired", "With work outcomes before and after", _ => true),
                new MedianOf<WorkPairFact>("sick-days-before", "Median days off sick at assessment", j =>
                    j.Before!.SickDays
                ),
                new MedianOf<WorkPairFact>("sick-days-after", "Median days off sick at discharge", j =>
                    j.After!.SickDays
                ),
                People.Rate<WorkPairFact>(
                    "fewer-sick-days",
                    "Fewer days off sick at discharge",
                    j => j.After!.SickDays < j.Before!.SickDays,
                    _ => true
                ),
                People.Rate<WorkPairFact>("back-at-work", "Back at work", j => j.After!.AtWork, j => !j.Before!.AtWork),
                People.Rate<WorkPairFact>(
                    "leaving-before",
                    "Thinking of leaving at assessment",
                    j => j.Before!.ThinkingOfLeaving,
                    _ => true
                ),
                People.Rate<WorkPairFact>(
                    "leaving-after",
                    "Thinking of leaving at discharge",
                    j => j.After!.ThinkingOfLeaving,
                    _ => true
                ),
            ],
            options: options
        );
    }
}
