using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.Wording;

namespace Hubs.Insights.Features.Tables;

/// <summary>Did-not-attend and drop-out rates by month of referral.</summary>
public static class AttendanceTable
{
    public const string Title = CommissionerWords.Titles.Attendance;

    internal static IReadOnlyList<Measure<JourneyRecord>> Measures { get; } =
    [JourneyMeasures.DidNotAttend, JourneyMeasures.DropOut];
}
