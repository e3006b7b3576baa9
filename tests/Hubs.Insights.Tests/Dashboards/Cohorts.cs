using Hubs.Insights.Metrics;

namespace Hubs.Insights.Tests.Dashboards;

/// <summary>
/// Seeded random cohorts shaped like a small Hub's year: few journeys per month and group, so that many
/// cells fall in 1–7 and the disclosure rules have work to do everywhere.
/// </summary>
internal static class Cohorts
{
    public static readonly string[] Sectors = ["health", "social-care", "police", "fire", "care-home", "other"];
    private static readonly string?[] Ethnicity = ["asian", "black", "mixed", "white", "other", null];
    private static readonly string?[] Sex = ["female", "male", null];
    private static readonly string?[] Ages = ["under-25", "25-34", "35-44", "45-54", "55-64", "65-and-over", null];
    private static readonly string?[] Disability = ["yes", "no", null];
    private static readonly string?[] StaffGroups = ["nursing", "medical", "allied-health", "admin", null];
    private static readonly DischargeReason?[] Reasons =
    [
        null,
        DischargeReason.Completed,
        DischargeReason.Completed,
        DischargeReason.DroppedOut,
        DischargeReason.Declined,
        DischargeReason.MovedOn,
        DischargeReason.NoContact,
    ];

    public static List<JourneyFacts> Random(int seed, int journeys, string[] hubs, int months = 6)
    {
        var random = new Random(seed);
        return Enumerable
            .Range(0, journeys)
            .Select(i =>
                Journey(
                    random,
                    $"s{seed}-j{i}",
                    hubs[random.Next(hubs.Length)],
                    $"2026-{random.Next(1, months + 1):00}"
                )
            )
            .ToList();
    }

    private static JourneyFacts Journey(Random random, string key, string hub, string month)
    {
        var attended = random.Next(0, 8);
        var scored = attended >= 2 && random.Next(4) > 0;
        var reason = Pick(random, Reasons);
        return new JourneyFacts(key, hub, month)
        {
            Sector = Pick(random, Sectors),
            StaffGroup = Pick(random, StaffGroups),
            Equity = new EquityGroups(
                Pick(random, Ethnicity),
                Pick(random, Sex),
                Pick(random, Ages),
                Pick(random, Disability)
            ),
            Screened = random.Next(5) > 0,
            DaysToAssessment = random.Next(3) > 0 ? random.Next(3, 90) : null,
            DaysToFirstTreatment = attended > 0 ? random.Next(14, 200) : null,
            AttendedTreatmentAppointments = attended,
            DidNotAttendAppointments = attended > 0 ? random.Next(0, 3) : 0,
            DischargeReason = reason,
            Withdrawn = reason is null && random.Next(6) == 0,
            FirstPhq9 = scored ? random.Next(0, 28) : null,
            LastPhq9 = scored ? random.Next(0, 28) : null,
            FirstGad7 = scored ? random.Next(0, 22) : null,
            LastGad7 = scored ? random.Next(0, 22) : null,
        };
    }

    private static T Pick<T>(Random random, T[] values) => values[random.Next(values.Length)];
}
