using System.Text.Json;
using Hubs.Contracts.Journeys;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Journeys.SubmittingSelfReferral;
using Hubs.Web.Features.Publishing;
using JasperFx.Events;

namespace Hubs.Web.Tests.Publishing;

public class MilestoneMapperTests
{
    private static readonly Pseudonymiser Pseudonymiser = new(Convert.ToBase64String(new byte[32]));
    private static readonly MilestoneMapper Mapper = new(
        Pseudonymiser,
        new CoarseCalendar(TimeZoneInfo.FindSystemTimeZoneById("Europe/London"))
    );

    private static SelfReferralSubmitted Submitted(DateTimeOffset at, string marker) =>
        SubmitSelfReferralDecision.Decide(
            new SubmitSelfReferral(
                "north",
                $"Name{marker}",
                $"m{marker}@example.org",
                "07700900123",
                $"Org{marker}",
                Sector.Fire,
                StaffGroup.Firefighter,
                AgeBand.From45To54,
                Sex.NotStated,
                EthnicityGroup.Mixed,
                Disability.Yes,
                $"Help{marker}",
                true,
                true
            ),
            Guid.NewGuid(),
            at
        );

    private static Event<SelfReferralSubmitted> Recorded(SelfReferralSubmitted data) =>
        new Event<SelfReferralSubmitted>(data)
        {
            StreamId = data.JourneyId,
            Version = 1,
            Id = Guid.NewGuid(),
        };

    [Fact]
    public void The_contract_carries_bands_week_and_month_and_no_personal_data()
    {
        var marker = Guid.NewGuid().ToString("N");
        var data = Submitted(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero), marker);

        var contract = Assert.IsType<ReferralSubmitted>(Mapper.Map(Recorded(data), MilestoneContext.Empty));

        Assert.Equal(("north", "2026-W48", "2026-11"), (contract.HubId, contract.IsoWeek, contract.Month));
        Assert.Equal(
            ("fire", "firefighter", "45-54", "not-stated", "mixed", "yes"),
            (
                contract.Sector,
                contract.StaffGroup,
                contract.AgeBand,
                contract.Sex,
                contract.EthnicityGroup,
                contract.Disability
            )
        );
        var json = JsonSerializer.Serialize(contract);
        Assert.DoesNotContain(marker, json);
        Assert.DoesNotContain("07700900123", json);
        Assert.DoesNotContain(data.JourneyId.ToString(), json);
    }

    [Fact]
    public void Week_and_month_are_taken_in_UK_time()
    {
        // 23:30 UTC on 31 May 2026 is 00:30 on 1 June in British Summer Time.
        var data = Submitted(new DateTimeOffset(2026, 5, 31, 23, 30, 0, TimeSpan.Zero), "x");

        var contract = Assert.IsType<ReferralSubmitted>(Mapper.Map(Recorded(data), MilestoneContext.Empty));

        Assert.Equal(("2026-W23", "2026-06"), (contract.IsoWeek, contract.Month));
    }

    [Fact]
    public void The_journey_key_is_stable_per_journey_and_differs_between_journeys_and_keys()
    {
        var id = Guid.NewGuid();
        var other = new Pseudonymiser(Convert.ToBase64String(Enumerable.Repeat((byte)7, 32).ToArray()));

        Assert.Equal(Pseudonymiser.JourneyKey(id), Pseudonymiser.JourneyKey(id));
        Assert.NotEqual(Pseudonymiser.JourneyKey(id), Pseudonymiser.JourneyKey(Guid.NewGuid()));
        Assert.NotEqual(Pseudonymiser.JourneyKey(id), other.JourneyKey(id));
    }
}
