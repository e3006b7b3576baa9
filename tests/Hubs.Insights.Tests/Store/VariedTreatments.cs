using Hubs.Contracts.Journeys;
using Hubs.Insights.Tests.Consumers;

namespace Hubs.Insights.Tests.Store;

/// <summary>
/// Journeys with every kind of appointment and measure row, from a fixed seed: treatment and assessment appointments
/// of every outcome, some recorded again later with another outcome, ties in days, assessments, sessions, and
/// clinician-given PHQ-9/GAD-7 results (screening ones and ones without a total too) and other measures.
/// </summary>
internal static class VariedTreatments
{
    private static readonly string[] Outcomes =
    [
        "attended",
        "did-not-attend",
        "cancelled-by-client",
        "cancelled-by-hub",
    ];
    private static readonly string[] Occasions = ["screening", "assessment", "session", "review"];
    private static readonly string[] Measures = ["phq9", "gad7", "wsas"];

    public static List<object> Contracts(string key, Random random)
    {
        var v = 2L;
        var contracts = new List<object> { WholeJourney.Referral(key) };
        if (random.Next(4) > 0)
        {
            contracts.Add(
                new JourneyAssessed(
                    key,
                    "east",
                    v++,
                    "2026-W12",
                    "2026-03",
                    20,
                    "cbt",
                    random.Next(28),
                    random.Next(22)
                )
            );
        }

        for (var n = 1; n <= random.Next(8); n++)
        {
            var (purpose, days) = (random.Next(5) == 0 ? "assessment" : "treatment", 20 + random.Next(40));
            for (var again = 0; again <= (random.Next(4) == 0 ? 1 : 0); again++)
            {
                contracts.Add(
                    new AppointmentOutcomeRecorded(
                        key,
                        "east",
                        v++,
                        "2026-W14",
                        "2026-04",
                        n,
                        purpose,
                        Outcomes[random.Next(Outcomes.Length)],
                        days
                    )
                );
            }

            if (random.Next(2) == 0)
            {
                contracts.Add(
                    new SessionMeasured(key, "east", v++, "2026-W14", "2026-04", n, random.Next(28), random.Next(22))
                );
            }

            if (random.Next(3) == 0)
            {
                var total = random.Next(5) == 0 ? (int?)null : random.Next(28);
                contracts.Add(
                    new MeasureResultRecorded(
                        key,
                        "east",
                        v++,
                        "2026-W14",
                        "2026-04",
                        Measures[random.Next(Measures.Length)],
                        Occasions[random.Next(Occasions.Length)],
                        "mild",
                        false,
                        total
                    )
                );
            }
        }

        return contracts;
    }
}
