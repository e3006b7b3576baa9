using Hubs.Web.Features.AdverseEvents;
using Hubs.Web.Features.AdverseEvents.AssigningPeerSupporter;
using Hubs.Web.Features.AdverseEvents.LoggingAdverseEvent;
using Hubs.Web.Features.AdverseEvents.SupportingStaff;
using static Hubs.Web.Tests.AdverseEvents.AdverseEventFacts;

namespace Hubs.Web.Tests.AdverseEvents;

public class AdverseEventDecisionTests
{
    [Fact]
    public void A_logged_event_keeps_a_count_a_department_label_and_the_hubs_targets()
    {
        var adverse = Logged(targetHours: 48);

        Assert.Equal(
            ("Emergency department", 4, 48),
            (adverse.Department, adverse.StaffInvolved, adverse.FirstContactTargetHours)
        );
        Assert.Equal([7, 30], adverse.FollowUpDays);
        Assert.True(adverse.IsOpen);
    }

    [Fact]
    public void A_logged_event_keeps_the_departments_sector_picked_from_the_list_or_none()
    {
        var settings = AdverseEventSettings.Default("north");
        AdverseEvent Logged(Hubs.Web.Features.Kernel.PartnerSector? sector) =>
            AdverseEvent.Create(
                Assert.IsType<AdverseEventLogged>(
                    Assert.Single(
                        LogAdverseEventDecision
                            .Decide(new("Ward 7", Today, 2, sector), Guid.NewGuid(), settings, Today, Now)
                            .Events
                    )
                )
            );
        var validator = new LogAdverseEventValidator();

        Assert.Equal(
            Hubs.Web.Features.Kernel.PartnerSector.Police,
            Logged(Hubs.Web.Features.Kernel.PartnerSector.Police).Sector
        );
        Assert.Null(Logged(null).Sector);
        Assert.True(validator.Validate(new LogAdverseEvent("Ward 7", Today, 2)).IsValid);
        var outside = validator.Validate(
            new LogAdverseEvent("Ward 7", Today, 2, (Hubs.Web.Features.Kernel.PartnerSector)99)
        );
        Assert.Equal("Choose the sector of the department from the list.", Assert.Single(outside.Errors).ErrorMessage);
    }

    [Fact]
    public void An_event_is_not_logged_for_a_day_to_come_or_more_than_a_year_ago()
    {
        var settings = AdverseEventSettings.Default("north");
        string? Refusal(DateOnly day) =>
            LogAdverseEventDecision.Decide(new("Ward 7", day, 2), Guid.NewGuid(), settings, Today, Now).Refusal?.Code;

        Assert.Equal("occurred-in-future", Refusal(Today.AddDays(1)));
        Assert.Equal("occurred-too-long-ago", Refusal(Today.AddYears(-1).AddDays(-1)));
        Assert.Null(Refusal(Today));
        Assert.Equal(72, settings.FirstContactTargetHours);
    }

    [Theory]
    [InlineData("Emergency department", true)]
    [InlineData("Ward 7", true)]
    [InlineData("Maternity (labour ward)", true)]
    [InlineData("Dr Patel's team", false)]
    [InlineData("mrs jones bay", false)]
    [InlineData("Bed 4 patient 4857773456", false)]
    [InlineData("ward7@trust.nhs.uk", false)]
    [InlineData("A department whose label runs on far too long", false)]
    [InlineData("", false)]
    public void A_department_is_a_short_label_without_names_titles_or_record_numbers(string label, bool acceptable) =>
        Assert.Equal(acceptable, DepartmentLabel.IsAcceptable(label));

    [Fact]
    public void Only_an_available_in_date_peer_supporter_of_the_events_hub_is_assigned()
    {
        var adverse = Logged();
        string? Refusal(PeerSupporter? p) => AssignPeerSupporterDecision.Decide(adverse, p, Today, Now).Refusal?.Code;
        var ok = Supporter();

        Assert.Null(Refusal(ok));
        Assert.Equal(
            "peer-supporter-unavailable",
            Refusal(ok.Apply(new PeerSupporterAvailabilityChanged(ok.Id, false, Now)))
        );
        Assert.Equal("peer-supporter-unavailable", Refusal(ok.Apply(new PeerSupporterArchived(ok.Id, Now))));
        Assert.Equal("peer-supporter-unavailable", Refusal(Supporter(refresherDue: Today.AddDays(-1))));
        Assert.Equal("peer-supporter-unknown", Refusal(Supporter("south")));
        Assert.Equal("peer-supporter-unknown", Refusal(null));
        Assert.Equal(
            "already-assigned",
            AssignPeerSupporterDecision.Decide(adverse.AssignedTo(ok), ok, Today, Now).Refusal?.Code
        );
    }

    [Fact]
    public void First_contact_is_recorded_once_after_logging_and_never_in_the_future()
    {
        var adverse = Logged();
        string? Refusal(AdverseEvent e, DateTimeOffset at) =>
            SupportDecisions.RecordFirstContact(e, new RecordFirstContact(at), Now.AddHours(5)).Refusal?.Code;

        Assert.Null(Refusal(adverse, Now.AddHours(4)));
        Assert.Equal("in-future", Refusal(adverse, Now.AddHours(6)));
        Assert.Equal("too-early", Refusal(adverse, Now.AddHours(-1)));
        Assert.Equal("first-contact-recorded", Refusal(adverse.ContactedAt(Now.AddHours(1)), Now.AddHours(4)));
    }

    [Fact]
    public void Each_planned_check_in_is_recorded_once_after_first_contact()
    {
        var adverse = Logged();
        var later = Now.AddDays(40);
        string? Refusal(AdverseEvent e, int day) =>
            SupportDecisions.RecordFollowUp(e, new RecordFollowUp(day, Now.AddDays(8)), later).Refusal?.Code;
        var contacted = adverse.ContactedAt(Now.AddHours(2));
        var weekDone = contacted.Apply(new FollowUpRecorded(adverse.Id, 7, Now.AddDays(8), Now.AddDays(8)));

        Assert.Equal("no-first-contact", Refusal(adverse, 7));
        Assert.Null(Refusal(contacted, 7));
        Assert.Equal("follow-up-not-due", Refusal(contacted, 14));
        Assert.Equal("follow-up-not-due", Refusal(weekDone, 7));
        Assert.Equal("no-first-contact", SupportDecisions.OfferHandOver(adverse, "PS-AAAA-BBBB", Now).Refusal?.Code);
        Assert.IsType<SelfReferralHandOverOffered>(
            Assert.Single(SupportDecisions.OfferHandOver(contacted, "PS-AAAA-BBBB", Now).Events)
        );
        Assert.False(weekDone.Apply(new FollowUpRecorded(adverse.Id, 30, later, later)).IsOpen);
    }
}
