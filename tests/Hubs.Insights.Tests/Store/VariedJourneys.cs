using System.Globalization;
using Hubs.Contracts.Journeys;

namespace Hubs.Insights.Tests.Store;

/// <summary>
/// Whole journeys of every kind from a fixed seed, for the journey tables: referred over eighteen months (some twice,
/// the second referral replacing the first, some into another Hub), screened, triaged to every outcome, assessed,
/// treatment and assessment appointments of every outcome (some recorded again with another), session scores and
/// other measures, discharged for every reason or withdrawn, or still waiting; every breakdown's categories, not
/// stated and unknown ones too.
/// </summary>
internal static class VariedJourneys
{
    private static readonly string[] Outcomes =
    [
        "attended",
        "did-not-attend",
        "cancelled-by-client",
        "cancelled-by-hub",
    ];
    private static readonly string[] Triage = ["assess", "assess", "assess", "signpost-elsewhere", "not-suitable"];
    private static readonly string[] Reasons = ["completed", "dropped-out", "declined", "moved-on", "no-contact"];
    private static readonly string[] Others = ["pcl5", "audit-c", "isi", "wsas", "itq", "audit"];
    private static readonly string[] Sexes = ["female", "male", "not-stated", "unknown-code"];
    private static readonly string[] Ages =
    [
        "under-25",
        "25-34",
        "35-44",
        "45-54",
        "55-64",
        "65-and-over",
        "not-stated",
    ];
    private static readonly string[] Ethnic = ["asian", "black", "mixed", "white", "other", "not-stated"];
    private static readonly string[] Sectors = ["health", "police", "fire", "social-care", "ambulance", "other"];
    private static readonly string[] Staff = ["nursing", "medical", "police-officer", "firefighter", "other"];

    /// <summary>The journey's contracts in stream order (versions rising).</summary>
    public static List<object> Contracts(string key, string[] hubs, Random random)
    {
        var v = 1L;
        var hub = hubs[random.Next(hubs.Length)];
        var start = new DateOnly(2025, 1, 1).AddDays(random.Next(540));
        var contracts = new List<object> { Referral(key, hub, v++, start, random) };
        if (random.Next(8) == 0)
        {
            hub = random.Next(2) == 0 ? hubs[random.Next(hubs.Length)] : hub;
            start = start.AddDays(random.Next(-40, 90));
            contracts.Add(Referral(key, hub, v++, start, random));
        }

        var day = start;
        (string Week, string Month) At(int days)
        {
            day = day.AddDays(days);
            return (Week(day), day.ToString("yyyy-MM", CultureInfo.InvariantCulture));
        }

        if (random.Next(5) > 0)
        {
            var (w, m) = At(random.Next(20));
            contracts.Add(
                new JourneyScreened(key, hub, v++, w, m, "moderate", random.Next(2) == 0, "mild", null, "none")
            );
        }

        var ended = false;
        if (random.Next(6) > 0)
        {
            var (w, m) = At(random.Next(60));
            var outcome = Triage[random.Next(Triage.Length)];
            contracts.Add(new JourneyTriaged(key, hub, v++, w, m, outcome));
            if (outcome == "assess" && random.Next(5) > 0)
            {
                var since = random.Next(10, 120);
                (w, m) = At(random.Next(10, 80));
                contracts.Add(new JourneyAssessed(key, hub, v++, w, m, since, "cbt", random.Next(28), random.Next(22)));
                var days = since;
                for (var n = 1; n <= random.Next(9); n++)
                {
                    days += random.Next(0, 20);
                    (w, m) = At(random.Next(0, 20));
                    var purpose = random.Next(6) == 0 ? "assessment" : "treatment";
                    for (var again = 0; again <= (random.Next(5) == 0 ? 1 : 0); again++)
                    {
                        var said = Outcomes[random.Next(Outcomes.Length)];
                        contracts.Add(new AppointmentOutcomeRecorded(key, hub, v++, w, m, n, purpose, said, days));
                    }

                    if (random.Next(2) == 0)
                    {
                        contracts.Add(new SessionMeasured(key, hub, v++, w, m, n, random.Next(28), random.Next(22)));
                    }

                    if (random.Next(3) == 0)
                    {
                        var measure = Others[random.Next(Others.Length)];
                        var band = random.Next(2) == 0 ? "mild" : "severe";
                        contracts.Add(
                            new MeasureResultRecorded(
                                key,
                                hub,
                                v++,
                                w,
                                m,
                                measure,
                                "session",
                                band,
                                band == "severe",
                                5
                            )
                        );
                    }
                }
            }
        }

        if (random.Next(3) > 0)
        {
            var (w, m) = At(random.Next(0, 90));
            contracts.Add(
                random.Next(6) == 0
                    ? new KeyworkerWithdrew(key, hub, v++, w, m)
                    : new JourneyDischarged(key, hub, v++, w, m, Reasons[random.Next(Reasons.Length)])
            );
            ended = true;
        }

        if (ended && random.Next(10) == 0)
        {
            // Re-referred after the discharge: the referral's facts replaced, a re-referral now.
            start = day.AddDays(random.Next(5, 60));
            contracts.Add(Referral(key, hub, v++, start, random) with { IsReReferral = true });
        }

        return contracts;
    }

    private static ReferralSubmitted Referral(string key, string hub, long version, DateOnly day, Random random)
    {
        return new ReferralSubmitted(
            key,
            hub,
            version,
            Week(day),
            day.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            Sectors[random.Next(Sectors.Length)],
            Staff[random.Next(Staff.Length)],
            Ages[random.Next(Ages.Length)],
            Sexes[random.Next(Sexes.Length)],
            Ethnic[random.Next(Ethnic.Length)],
            random.Next(3) switch
            {
                0 => "yes",
                1 => "no",
                _ => "not-stated",
            },
            false
        );
    }

    private static string Week(DateOnly day)
    {
        var at = day.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(at)}-W{ISOWeek.GetWeekOfYear(at):00}");
    }
}
