using Hubs.Insights.Features.HubWork;
using Hubs.Insights.Features.Tables;
using Hubs.Insights.Metrics;

namespace Hubs.Insights.Tests.Reports;

/// <summary>
/// Two Hubs' quarter (2026-Q3): hub-a with 40 referrals in July, 30 of them finished courses with paired PCL-5
/// results, and hub-b with 3 referrals (its figures suppressed), plus team activities.
/// </summary>
internal static class ReportCohort
{
    public static IEnumerable<JourneyFacts> Journeys() =>
        Enumerable
            .Range(0, 40)
            .Select(i => new JourneyFacts($"a{i}", "hub-a", "2026-07")
            {
                Screened = true,
                DaysToAssessment = 10 + i,
                DaysToFirstTreatment = i < 30 ? 30 + i : null,
                AttendedTreatmentAppointments = i < 30 ? 3 : 0,
                DischargeReason = i < 30 ? DischargeReason.Completed : null,
                FirstPhq9 = i < 30 ? 15 : null,
                LastPhq9 = i < 30 ? 6 : null,
                FirstGad7 = i < 30 ? 12 : null,
                LastGad7 = i < 30 ? 5 : null,
                Measures =
                    i < 30
                        ? new Dictionary<string, MeasurePair>
                        {
                            ["pcl5"] = new("probable-ptsd", true, i < 20 ? "below-cut-off" : "probable-ptsd", i >= 20),
                        }
                        : new Dictionary<string, MeasurePair>(),
            })
            .Concat(Enumerable.Range(0, 3).Select(i => new JourneyFacts($"b{i}", "hub-b", "2026-08")));

    public static IEnumerable<TeamActivityFacts> Activities() =>
        Enumerable.Range(0, 12).Select(i => new TeamActivityFacts($"t{i}", "hub-a", "2026-09", "reflective-group", 6));

    /// <summary>
    /// hub-a's group and peer work in 2026-Q3 (issue 21): 12 adverse events in July, all reached within a day with a
    /// check-in; 9 workshops in August; 10 consultations and 10 outreach talks in September.
    /// </summary>
    public static global::Hubs.Insights.Tests.HubWork.HubWorkCohort HubWork() =>
        new()
        {
            AdverseEvents =
            [
                .. Enumerable
                    .Range(0, 12)
                    .Select(i => new AdverseEventFacts($"ae{i}", "hub-a", "2026-07", "2-4", "under-24h", true, 1, 0)),
            ],
            Workshops =
            [
                .. Enumerable
                    .Range(0, 9)
                    .Select(i => new WorkshopFacts($"ws{i}", "hub-a", "2026-08", 10, 8, 1, 6, 3, 1)),
            ],
            Consultations =
            [
                .. Enumerable
                    .Range(0, 10)
                    .Select(i => new ConsultationFacts(
                        $"co{i}",
                        "hub-a",
                        "2026-09",
                        "supporting-after-incident",
                        true,
                        "hospital-trust",
                        "health",
                        i % 2 == 0
                    )),
            ],
            Outreach =
            [
                .. Enumerable
                    .Range(0, 10)
                    .Select(i => new OutreachFacts(
                        $"or{i}",
                        "hub-a",
                        "2026-09",
                        "partner-talk",
                        "police",
                        "police",
                        20
                    )),
            ],
        };
}
