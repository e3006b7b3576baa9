using System.Text.Json;
using Hubs.Contracts.HubWork;
using Hubs.Web.Features.AdverseEvents;
using static Hubs.Web.Tests.Publishing.Mapping;

namespace Hubs.Web.Tests.Publishing;

public class AdverseEventMilestoneTests
{
    private static readonly DateTimeOffset LoggedAt = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

    private static readonly AdverseEventLogged Logged = new(
        Guid.NewGuid(),
        "north",
        "DEPTMARK ward",
        new DateOnly(2026, 3, 1),
        3,
        LoggedAt,
        48,
        [7, 30]
    );

    private static readonly AdverseEvent Adverse = AdverseEvent.Create(Logged);

    private static AdverseEventRecorded? Step(object data) => (AdverseEventRecorded?)MapWork(data, Adverse.Id, Adverse);

    [Fact]
    public void Each_step_carries_the_logging_week_staff_band_and_target_never_the_department_or_date()
    {
        var logged = Step(Logged)!;
        var followUp = Step(new FollowUpRecorded(Adverse.Id, 7, LoggedAt.AddDays(9), LoggedAt.AddDays(9)))!;
        var handOver = Step(new SelfReferralHandOverOffered(Adverse.Id, "HANDCODE1", LoggedAt.AddDays(2)))!;

        Assert.Equal(
            ("north", "2026-W10", "2026-03", "logged", "2-4", 48),
            (
                logged.HubId,
                logged.IsoWeek,
                logged.Month,
                logged.Step,
                logged.StaffInvolved,
                logged.FirstContactTargetHours
            )
        );
        Assert.Equal(("follow-up", (int?)7, "2026-03"), (followUp.Step, followUp.DayMark, followUp.Month));
        Assert.Equal("hand-over-offered", handOver.Step);
        Assert.Equal(Keys.KeyOf("adverse-event:", Adverse.Id), logged.ActivityKey);
        Assert.NotEqual(Keys.ActivityKey(Adverse.Id), logged.ActivityKey);
        var json = JsonSerializer.Serialize(new[] { logged, followUp, handOver });
        Assert.DoesNotContain("DEPTMARK", json, StringComparison.Ordinal);
        Assert.DoesNotContain("HANDCODE1", json, StringComparison.Ordinal);
        Assert.DoesNotContain("2026-03-01", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(23.5, "under-24h", true)]
    [InlineData(48, "24-72h", true)]
    [InlineData(49, "24-72h", false)]
    [InlineData(73, "over-72h", false)]
    public void First_contact_is_a_band_of_hours_and_whether_within_the_events_target(
        double hours,
        string band,
        bool within
    )
    {
        var contacted = LoggedAt.AddHours(hours);

        var contact = Step(new FirstContactRecorded(Adverse.Id, contacted, contacted))!;

        Assert.Equal(
            ("first-contact", band, (bool?)within),
            (contact.Step, contact.ResponseBand, contact.WithinTarget)
        );
    }

    [Fact]
    public void Each_step_carries_the_departments_sector_code_and_none_for_an_event_logged_without_one()
    {
        var logged = Logged with { Sector = Hubs.Web.Features.Kernel.PartnerSector.SocialCare };
        var adverse = AdverseEvent.Create(logged);
        var contacted = LoggedAt.AddHours(5);

        var steps = new object[] { logged, new FirstContactRecorded(adverse.Id, contacted, contacted) }
            .Select(data => (AdverseEventRecorded)MapWork(data, adverse.Id, adverse)!)
            .ToList();

        Assert.All(steps, s => Assert.Equal("social-care", s.Sector));
        Assert.Null(Step(Logged)!.Sector);
    }

    [Fact]
    public void A_journey_linked_to_the_event_publishes_nothing()
    {
        Assert.Null(Step(new SelfReferralLinked(Adverse.Id, "HANDCODE1", Guid.NewGuid(), LoggedAt.AddDays(3))));
        Assert.Null(Step(new PeerSupporterAssigned(Adverse.Id, Guid.NewGuid(), Guid.NewGuid(), LoggedAt)));
    }
}
