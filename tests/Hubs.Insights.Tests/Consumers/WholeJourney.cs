using Hubs.Contracts.Journeys;

namespace Hubs.Insights.Tests.Consumers;

/// <summary>
/// The contracts of one hand-worked journey, in stream order: referred in March, screened at caseness,
/// assessed on day 20 (PHQ-9 15, GAD-7 12), treatment from day 30 with one DNA and one client
/// cancellation, last scores 8 and 6, discharged as completed: recovered and reliably improved.
/// </summary>
internal static class WholeJourney
{
    /// <summary>The journey's referral alone (version 1, in March), the start of any journey a test writes.</summary>
    public static ReferralSubmitted Referral(string key, string hub = "east") =>
        new(key, hub, 1, "2026-W11", "2026-03", "health", "nursing", "35-44", "female", "asian", "no", false);

    public static List<object> Contracts(string key, string hub = "east") =>
        [
            Referral(key, hub),
            new JourneyScreened(key, hub, 2, "2026-W11", "2026-03", "moderate", true, "mild", false, "flag"),
            new JourneyTriaged(key, hub, 4, "2026-W12", "2026-03", "assess"),
            new AppointmentOutcomeRecorded(key, hub, 5, "2026-W13", "2026-03", 1, "assessment", "attended", 10),
            new JourneyAssessed(key, hub, 6, "2026-W14", "2026-03", 20, "cbt", 15, 12),
            new AppointmentOutcomeRecorded(key, hub, 8, "2026-W15", "2026-04", 2, "treatment", "attended", 30),
            new SessionMeasured(key, hub, 9, "2026-W15", "2026-04", 1, 12, 10),
            new AppointmentOutcomeRecorded(key, hub, 10, "2026-W16", "2026-04", 3, "treatment", "did-not-attend", 37),
            new AppointmentOutcomeRecorded(
                key,
                hub,
                11,
                "2026-W17",
                "2026-04",
                4,
                "treatment",
                "cancelled-by-client",
                44
            ),
            new AppointmentOutcomeRecorded(key, hub, 13, "2026-W18", "2026-04", 5, "treatment", "attended", 51),
            new SessionMeasured(key, hub, 14, "2026-W18", "2026-04", 2, 8, 6),
            new JourneyDischarged(key, hub, 15, "2026-W19", "2026-05", "completed"),
        ];
}
