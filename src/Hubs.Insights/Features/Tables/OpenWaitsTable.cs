using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.Wording;
using Hubs.Insights.Metrics;

namespace Hubs.Insights.Features.Tables;

/// <summary>
/// People still waiting at the end of each month of the period, by the step they wait for (triage,
/// assessment, treatment): how many, the median whole weeks waited so far, and how many have waited 6 and 18
/// weeks or more. A completed-waits figure alone would hide the longest waits. No period row: the end of a
/// period is the end of its last month, the same people and so the same figures.
/// </summary>
public static class OpenWaitsTable
{
    public const string Title = CommissionerWords.Titles.OpenWaits;

    internal static IReadOnlyList<Measure<OpenWait>> Measures { get; } = [.. OpenWaits.Stages.SelectMany(Of)];

    private static IEnumerable<Measure<OpenWait>> Of(string stage) =>
        [
            People.Count<OpenWait>($"waiting-{stage}", CommissionerWords.Columns.WaitingFor(stage), w =>
                w.Stage == stage
            ),
            new MedianOf<OpenWait>(
                $"waiting-{stage}-median-weeks",
                CommissionerWords.Columns.MedianWeeksWaitedFor(stage),
                w => w.Stage == stage ? w.Weeks : null
            ),
            People.Count<OpenWait>($"waiting-{stage}-6-weeks", CommissionerWords.Columns.WaitedWeeksFor(6, stage), w =>
                w.Stage == stage && w.Weeks >= 6
            ),
            People.Count<OpenWait>(
                $"waiting-{stage}-18-weeks",
                CommissionerWords.Columns.WaitedWeeksFor(18, stage),
                w => w.Stage == stage && w.Weeks >= 18
            ),
        ];
}
