using System.Globalization;
using Hubs.Contracts.GroupSupport;
using Hubs.Contracts.HubWork;
using Hubs.Insights.Features.GroupSupport;
using Hubs.Insights.Features.HubWork;
using Hubs.Insights.Tests.Dashboards;

namespace Hubs.Insights.Tests.Disclosure;

/// <summary>
/// Hub work for the adversary: every month of 2025–2027, a few adverse events, workshops, consultations, outreach
/// contacts and reflective group meetings per Hub (fewer in the smaller Hub), with every code in use, so that most
/// monthly cells are 1–7.
/// </summary>
internal static class RandomHubWork
{
    public static HubWorkCohortFacts Of(Random random, IReadOnlyDictionary<string, int> busyness)
    {
        var months = Enumerable
            .Range(0, 36)
            .Select(i => new DateOnly(2025, 1, 1).AddMonths(i).ToString("yyyy-MM", CultureInfo.InvariantCulture))
            .ToList();
        var slots = (
            from hub in busyness
            from month in months
            select (Hub: hub.Key, Month: month, Busy: hub.Value)
        ).ToList();
        var n = 0;
        string Key() => (++n).ToString(CultureInfo.InvariantCulture);
        T Pick<T>(IReadOnlyList<T> from) => from[random.Next(from.Count)];
        return new HubWorkCohortFacts
        {
            AdverseEvents =
            [
                .. from s in slots
                from _ in Enumerable.Range(0, random.Next(0, s.Busy + 2))
                let band = random.Next(5) == 0 ? null : Pick(AdverseEventCodes.ResponseBands)
                select new AdverseEventFacts(
                    "e" + Key(),
                    s.Hub,
                    s.Month,
                    Pick(AdverseEventCodes.StaffBands),
                    band,
                    band is null ? null : band != "over-72h" || random.Next(4) == 0,
                    band is null ? 0 : random.Next(0, 3),
                    random.Next(4) == 0 ? 1 : 0,
                    random.Next(7) == 0 ? null : Pick(HubWorkCodes.Sectors)
                ),
            ],
            Workshops =
            [
                .. from s in slots
                from _ in Enumerable.Range(0, random.Next(0, s.Busy))
                let booked = random.Next(4, 13)
                let attended = random.Next(2, booked + 1)
                let paired = random.Next(0, attended + 1)
                let better = random.Next(0, paired + 1)
                select new WorkshopFacts(
                    "w" + Key(),
                    s.Hub,
                    s.Month,
                    booked,
                    attended,
                    random.Next(0, 4),
                    paired,
                    better,
                    random.Next(0, paired - better + 1)
                ),
            ],
            Consultations =
            [
                .. from s in slots
                from _ in Enumerable.Range(0, random.Next(0, (2 * s.Busy) + 2))
                select new ConsultationFacts(
                    "c" + Key(),
                    s.Hub,
                    s.Month,
                    Pick(HubWorkCodes.AdviceAreas),
                    random.Next(2) == 0,
                    Pick(HubWorkCodes.OrganisationTypes),
                    Pick(HubWorkCodes.Sectors),
                    random.Next(3) == 0
                ),
            ],
            Outreach =
            [
                .. from s in slots
                from _ in Enumerable.Range(0, random.Next(0, (2 * s.Busy) + 1))
                select new OutreachFacts(
                    "o" + Key(),
                    s.Hub,
                    s.Month,
                    Pick(HubWorkCodes.OutreachKinds),
                    Pick(HubWorkCodes.OrganisationTypes),
                    Pick(HubWorkCodes.Sectors),
                    random.Next(3, 40)
                ),
            ],
            Meetings =
            [
                .. from s in slots
                from _ in Enumerable.Range(0, random.Next(0, s.Busy + 1))
                let held = random.Next(6) != 0
                let attendance = held ? random.Next(2, 11) : 0
                let ratings = random.Next(0, attendance + 1)
                select new GroupMeetingFacts(
                    "g" + Key(),
                    s.Hub,
                    s.Month,
                    Pick(GroupSupportCodes.Kinds),
                    Pick(HubWorkCodes.Sectors),
                    held,
                    attendance,
                    ratings,
                    random.Next(0, ratings + 1),
                    random.Next(0, ratings + 1)
                ),
            ],
        };
    }
}
