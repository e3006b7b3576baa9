using Hubs.Insights.Disclosure;
using Hubs.Insights.Metrics;

namespace Hubs.Insights.Features.Tables;

/// <summary>Did-not-attend and drop-out rates by month of referral.</summary>
public static class AttendanceTable
{
    public const string Title = "Attendance by month of referral";

    public static PublishedTable Publish(IReadOnlyCollection<JourneyFacts> cohort)
    {
        var groups = CohortGroups.Split(cohort, Dimension.Month);
        DraftColumn[] columns =
        [
            new RateColumn("dna", "Did-not-attend rate (appointments)", groups.Select(g => AttendanceMetrics.DidNotAttendRate(g.Facts)).ToList()),
            new RateColumn("drop-out", "Drop-out rate", groups.Select(g => AttendanceMetrics.DropOutRate(g.Facts)).ToList()),
        ];
        return DisclosureControl.Publish(new TableDraft(Title, groups.Select(g => g.Label).ToList(), columns));
    }
}
