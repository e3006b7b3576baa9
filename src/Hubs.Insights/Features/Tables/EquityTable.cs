using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.Wording;

namespace Hubs.Insights.Features.Tables;

/// <summary>
/// Access and outcome by a group (every category listed) against the overall figure of the Hub: referrals,
/// the share of them that entered treatment, the median wait to first treatment, recovery and reliable
/// improvement. The total row is the overall figure every group is read against.
/// </summary>
public static class EquityTable
{
    public const string OverallLabel = "Overall";

    internal static IReadOnlyList<Measure<JourneyRecord>> Measures { get; } =
    [
        JourneyMeasures.Referrals,
        JourneyMeasures.EnteredTreatmentRate,
        JourneyMeasures.FirstTreatmentMedian,
        JourneyMeasures.Recovery,
        JourneyMeasures.ReliableImprovement,
    ];
}
