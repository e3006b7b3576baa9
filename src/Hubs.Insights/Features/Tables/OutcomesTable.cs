using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.Wording;

namespace Hubs.Insights.Features.Tables;

/// <summary>
/// Outcomes of finished courses by month of referral: caseness at the start, recovery, reliable
/// improvement, recovery and deterioration, and the finished courses they rest on (with the ones that
/// lack paired scores, which the rates leave out).
/// </summary>
public static class OutcomesTable
{
    public const string Title = CommissionerWords.Titles.Outcomes;

    internal static IReadOnlyList<Measure<JourneyRecord>> Measures { get; } =
    [
        JourneyMeasures.FinishedCourse,
        JourneyMeasures.FinishedWithoutPairs,
        JourneyMeasures.Caseness,
        JourneyMeasures.Recovery,
        JourneyMeasures.ReliableImprovement,
        JourneyMeasures.ReliableRecovery,
        JourneyMeasures.ReliableDeterioration,
    ];
}
