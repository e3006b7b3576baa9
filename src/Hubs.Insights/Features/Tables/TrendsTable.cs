using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.Wording;

namespace Hubs.Insights.Features.Tables;

/// <summary>
/// Month by month (of referral) within the period, and the period itself: referrals, and how many of those
/// journeys were screened, entered treatment and finished a course so far. Every month is a row, 0 included.
/// </summary>
public static class TrendsTable
{
    public const string Title = CommissionerWords.Titles.Trends;

    internal static IReadOnlyList<Measure<JourneyRecord>> Measures { get; } =
    [
        JourneyMeasures.Referrals,
        JourneyMeasures.Screened,
        JourneyMeasures.EnteredTreatment,
        JourneyMeasures.FinishedCourse,
    ];
}
