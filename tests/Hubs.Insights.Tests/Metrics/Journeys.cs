using Hubs.Insights.Metrics;

namespace Hubs.Insights.Tests.Metrics;

/// <summary>Journey facts for hand-worked cohorts.</summary>
internal static class Journeys
{
    private static int next;

    public static JourneyFacts Referred(string hub = "hub-a", string month = "2026-03") =>
        new($"j{Interlocked.Increment(ref next)}", hub, month);

    /// <summary>Discharged as completed after <paramref name="attended"/> sessions with the given scores.</summary>
    public static JourneyFacts Finished(
        int? firstPhq9,
        int? lastPhq9,
        int? firstGad7,
        int? lastGad7,
        int attended = 4
    ) =>
        Referred() with
        {
            AttendedTreatmentAppointments = attended,
            DischargeReason = DischargeReason.Completed,
            FirstPhq9 = firstPhq9,
            LastPhq9 = lastPhq9,
            FirstGad7 = firstGad7,
            LastGad7 = lastGad7,
        };

    public static JourneyOutcome Outcome(int? firstPhq9, int? lastPhq9, int? firstGad7, int? lastGad7) =>
        JourneyOutcome.Classify(Finished(firstPhq9, lastPhq9, firstGad7, lastGad7));
}
