using Hubs.Insights.Disclosure;
using Hubs.Insights.Metrics;

namespace Hubs.Insights.Features.Tables;

/// <summary>
/// Month by month (of referral): referrals, and how many of those journeys were screened, entered
/// treatment and finished a course so far. Every month of the period is a row, 0 included.
/// </summary>
public static class TrendsTable
{
    public const string Title = "Referrals and progress by month of referral";

    public static PublishedTable Publish(IReadOnlyCollection<JourneyFacts> cohort, InsightsFilter filter, MetricThresholds? thresholds = null)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var months = Cohort.Months(cohort.Select(f => f.ReferralMonth), filter);
        var byMonth = months.Select(m => cohort.Where(f => f.ReferralMonth == m).ToList()).ToList();
        var outcomes = byMonth.Select(g => g.Select(f => JourneyOutcome.Classify(f, thresholds)).ToList()).ToList();
        DraftColumn[] columns =
        [
            new CountColumn("referrals", "Referrals", byMonth.Select(g => (long)g.Count).ToList()),
            new CountColumn("screened", "Screened", byMonth.Select(g => (long)g.Count(f => f.Screened)).ToList()),
            new CountColumn("entered-treatment", "Entered treatment", outcomes.Select(g => (long)g.Count(o => o.EnteredTreatment)).ToList()),
            new CountColumn("finished-course", "Finished a course", outcomes.Select(g => (long)g.Count(o => o.FinishedCourse)).ToList()),
        ];
        return DisclosureControl.Publish(new TableDraft(Title, months, columns));
    }
}
