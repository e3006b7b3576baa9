using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.Wording;

namespace Hubs.Insights.Features.Tables;

/// <summary>
/// The caller's Hubs side by side over one period: referrals, treatment, outcomes and attendance, one row per
/// Hub. No total row: a total over "your Hubs" would differ from caller to caller, and each such total
/// would be one more view of the same people.
/// </summary>
public static class HubsTable
{
    public const string Title = CommissionerWords.Titles.ByHub;

    internal static IReadOnlyList<Measure<JourneyRecord>> Measures { get; } =
    [
        JourneyMeasures.Referrals,
        JourneyMeasures.EnteredTreatment,
        JourneyMeasures.FinishedCourse,
        JourneyMeasures.FinishedWithoutPairs,
        JourneyMeasures.Recovery,
        JourneyMeasures.ReliableImprovement,
        JourneyMeasures.ReliableDeterioration,
        JourneyMeasures.ReliableRecovery,
        JourneyMeasures.DidNotAttend,
        JourneyMeasures.DropOut,
    ];
}
