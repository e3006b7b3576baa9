using Hubs.Web.Features.AdverseEvents;
using Hubs.Web.Features.GroupSupport;
using Hubs.Web.Features.GroupSupport.ChangingFacilitator;
using Hubs.Web.Features.GroupSupport.ConfirmingProtectedTime;
using Hubs.Web.Features.GroupSupport.RatingMeeting;
using Hubs.Web.Features.GroupSupport.RecordingMeeting;
using Hubs.Web.Features.GroupSupport.ReviewingSeries;
using Hubs.Web.Features.GroupSupport.SchedulingMeeting;
using Hubs.Web.Features.GroupSupport.StartingGroupSeries;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.TeamActivities.RatingTeamSession;
using static Hubs.Web.Tests.GroupSupport.GroupSeriesFacts;

namespace Hubs.Web.Tests.GroupSupport;

/// <summary>The series' pure decisions and patterns, from folded events (no store, no mocks).</summary>
public sealed class GroupSeriesDecisionTests
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(Now.UtcDateTime);

    private static StartGroupSeries Start(FacilitatorKind kind, Guid? id = null, string? role = null) =>
        new(
            GroupKind.IntervisionGroup,
            "Ward 7",
            Sector.Health,
            GroupCadence.Monthly,
            60,
            kind,
            id,
            role,
            GroupMix.Same,
            GroupMix.Mixed,
            2,
            10
        );

    [Fact]
    public void A_series_is_facilitated_by_a_hub_clinician_an_available_peer_supporter_or_an_external_role()
    {
        var peer = new PeerSupporter(Guid.NewGuid(), "north", Guid.NewGuid(), "Sam", Guid.NewGuid(), Today, Today);
        var away = peer with { Available = false };
        var elsewhere = peer with { HubId = "south" };
        Decision Decide(StartGroupSeries c, bool clinician, PeerSupporter? p) =>
            StartGroupSeriesDecision.Decide(c, Guid.NewGuid(), "north", clinician, p, Today, Now);

        var byPeer = Decide(Start(FacilitatorKind.PeerSupporter, peer.Id), false, peer);
        var started = Assert.IsType<GroupSeriesStarted>(Assert.Single(byPeer.Events));

        Assert.Equal(peer.AccountId, started.Facilitator.AccountId);
        Assert.Null(Decide(Start(FacilitatorKind.HubClinician, Guid.NewGuid()), true, null).Refusal);
        Assert.Null(
            Decide(Start(FacilitatorKind.ExternalIntervisor, role: "Balint group leader"), false, null).Refusal
        );
        Assert.Equal(
            "facilitator-unknown",
            Decide(Start(FacilitatorKind.HubClinician, Guid.NewGuid()), false, null).Refusal?.Code
        );
        Assert.Equal(
            "facilitator-unknown",
            Decide(Start(FacilitatorKind.PeerSupporter, peer.Id), false, away).Refusal?.Code
        );
        Assert.Equal(
            "facilitator-unknown",
            Decide(Start(FacilitatorKind.PeerSupporter, peer.Id), false, elsewhere).Refusal?.Code
        );
    }

    [Fact]
    public void The_form_says_in_plain_words_what_is_wrong_with_sizes_department_and_an_external_name()
    {
        var validator = new StartGroupSeriesValidator();
        var wrong = Start(FacilitatorKind.ExternalIntervisor, role: "Dr Jane Smith") with
        {
            Department = "Mrs Jones",
            MinSize = 1,
            MaxSize = 13,
        };

        var errors = validator.Validate(wrong).Errors.ToDictionary(e => e.PropertyName, e => e.ErrorMessage);
        var inverted = validator.Validate(
            Start(FacilitatorKind.HubClinician, Guid.NewGuid()) with
            {
                MinSize = 6,
                MaxSize = 4,
            }
        );

        Assert.Equal("The smallest group is 2 to 12 members.", errors["MinSize"]);
        Assert.Equal("The largest group is 2 to 12 members.", errors["MaxSize"]);
        Assert.StartsWith("Name the department only", errors["Department"], StringComparison.Ordinal);
        Assert.StartsWith(
            "External intervisor: Describe them by their role only",
            errors["ExternalRole"],
            StringComparison.Ordinal
        );
        Assert.Equal(
            "The largest group cannot be smaller than the smallest.",
            Assert.Single(inverted.Errors).ErrorMessage
        );
    }

    [Fact]
    public void A_meeting_is_held_once_it_has_started_within_the_group_size_and_the_ground_rules_are_agreed_once()
    {
        var (series, meeting) = Scheduled(Started(maxSize: 8), daysAgo: 0);
        var (later, upcoming) = Scheduled(series, daysAgo: -7);
        var first = RecordMeetingDecisions.RecordHeld(series, meeting, new(5, GroundRulesAgreed: true), Now);
        var held = Fold(series, first);
        var (next, nextMeeting) = Scheduled(held, daysAgo: -1);

        Assert.Equal(2, first.Events.Count);
        Assert.NotNull(held.GroundRulesAgreedAt);
        Assert.Equal(
            "meeting-not-started",
            RecordMeetingDecisions.RecordHeld(later, upcoming, new(5), Now).Refusal?.Code
        );
        Assert.Equal("above-group-size", RecordMeetingDecisions.RecordHeld(series, meeting, new(9), Now).Refusal?.Code);
        Assert.Equal("meeting-closed", RecordMeetingDecisions.RecordHeld(held, meeting, new(5), Now).Refusal?.Code);
        Assert.Equal(
            "meeting-closed",
            RecordMeetingDecisions.Cancel(held, meeting, new(MeetingCancellationReason.Other), Now).Refusal?.Code
        );
        var again = RecordMeetingDecisions.RecordHeld(
            next,
            nextMeeting,
            new(4, GroundRulesAgreed: true),
            Now.AddDays(2)
        );
        Assert.IsType<GroupMeetingHeld>(Assert.Single(again.Events));
    }

    [Fact]
    public void Names_are_refused_unless_everyone_named_agreed_and_never_more_names_than_came()
    {
        var validator = new RecordGroupMeetingHeldValidator();

        var unconsented = validator.Validate(new RecordGroupMeetingHeld(4, ["Ana"]));
        var tooMany = validator.Validate(new RecordGroupMeetingHeld(1, ["Ana", "Ben"], EveryoneNamedConsented: true));

        Assert.Equal(
            "Only name members who agreed to be named: confirm that each person named agreed, or remove the names.",
            Assert.Single(unconsented.Errors).ErrorMessage
        );
        Assert.Equal(
            "You named more people than attended: check the names and the count.",
            Assert.Single(tooMany.Errors).ErrorMessage
        );
        Assert.True(validator.Validate(new RecordGroupMeetingHeld(4)).IsValid);
    }

    [Fact]
    public void Meetings_are_scheduled_within_a_year_and_not_twice_at_one_time()
    {
        var series = Started();
        var at = Now.AddDays(14);
        var once = Fold(series, ScheduleGroupMeetingDecision.Decide(series, new(at), Guid.NewGuid(), Now));

        Assert.Equal(
            "meeting-exists",
            ScheduleGroupMeetingDecision.Decide(once, new(at), Guid.NewGuid(), Now).Refusal?.Code
        );
        Assert.Equal(
            "meeting-out-of-range",
            ScheduleGroupMeetingDecision.Decide(series, new(Now.AddYears(2)), Guid.NewGuid(), Now).Refusal?.Code
        );
        Assert.Equal(
            "confirmed-in-future",
            ConfirmProtectedTimeDecision.Decide(series, new(Today.AddDays(1), "Ward manager"), Today, Now).Refusal?.Code
        );
    }

    [Fact]
    public void A_rating_opens_on_a_held_meeting_and_takes_no_more_answers_than_attended()
    {
        var (scheduled, meeting) = Scheduled(Started(), daysAgo: 1);
        var held = Fold(scheduled, RecordMeetingDecisions.RecordHeld(scheduled, meeting, new(2), Now));

        Assert.Equal("not-held", MeetingRatingDecisions.Open(scheduled, meeting, "code", Now).Refusal?.Code);
        var open = Fold(held, MeetingRatingDecisions.Open(held, meeting, "code", Now));
        var rated = Fold(open, MeetingRatingDecisions.Rate(open, "code", SessionValue.Very, FeltSafe.Yes, Now));
        var full = Fold(rated, MeetingRatingDecisions.Rate(rated, "code", SessionValue.ALittle, FeltSafe.No, Now));

        Assert.Equal(
            "rating-full",
            MeetingRatingDecisions.Rate(full, "code", SessionValue.Very, FeltSafe.Yes, Now).Refusal?.Code
        );
        var tally = full.Meeting(meeting)!;
        Assert.Equal((2, 1, 1), (tally.Ratings, tally.FoundUseful, tally.FeltSafe));
        Assert.Equal(
            "not-open",
            MeetingRatingDecisions.Rate(full, "other", SessionValue.Very, FeltSafe.Yes, Now).Refusal?.Code
        );
    }

    [Fact]
    public void The_lead_sees_low_attendance_after_three_small_meetings_and_a_cancellation_pattern()
    {
        // Minimum 3: held with 2, 5, 2, 2 — the last three held are 5, 2, 2 until the fourth, then 2, 2, 2.
        var series = Held(Held(Held(Started(minSize: 3), 120, 2), 90, 5), 60, 2);
        var stillOk = Held(series, 30, 2);
        var low = Held(Held(stillOk, 20, 2), 10, 2);
        var cancelled = Cancelled(Cancelled(low, 5), 3);

        Assert.False(SeriesPatterns.Of(stillOk).LowAttendance);
        Assert.True(SeriesPatterns.Of(low).LowAttendance);
        Assert.False(SeriesPatterns.Of(low).FrequentCancellations);
        var patterns = SeriesPatterns.Of(cancelled);
        Assert.True(patterns.FrequentCancellations);
        Assert.Equal((6, 2), (patterns.Held, patterns.Cancelled));
        Assert.Equal(2, patterns.CancelReasons[MeetingCancellationReason.ClinicalPressures]);
    }

    [Fact]
    public void The_lead_changes_the_facilitator_to_a_hub_clinician_or_an_available_peer_and_the_old_peer_loses_it()
    {
        var peer = new PeerSupporter(Guid.NewGuid(), "north", Guid.NewGuid(), "Sam", Guid.NewGuid(), Today, Today);
        var byPeer = Started()
            .Apply(
                new GroupFacilitatorChanged(
                    Guid.NewGuid(),
                    new GroupFacilitator(FacilitatorKind.PeerSupporter, peer.Id, peer.AccountId, null),
                    Now
                )
            );
        var clinician = Guid.NewGuid();
        Decision Change(GroupSeries s, ChangeFacilitator c, bool isClinician, PeerSupporter? p) =>
            ChangeFacilitatorDecision.Decide(s, c, isClinician, p, Today, Now);

        var toClinician = Change(byPeer, new(FacilitatorKind.HubClinician, clinician, null), true, null);
        var changed = Assert.IsType<GroupFacilitatorChanged>(Assert.Single(toClinician.Events));
        var after = byPeer.Apply(changed);

        Assert.Equal(peer.AccountId, byPeer.FacilitatorAccountId);
        Assert.Equal(
            (FacilitatorKind.HubClinician, clinician),
            (after.Facilitator.Kind, after.Facilitator.FacilitatorId)
        );
        Assert.Null(after.FacilitatorAccountId);
        Assert.Equal(
            "facilitator-unknown",
            Change(byPeer, new(FacilitatorKind.HubClinician, Guid.NewGuid(), null), false, null).Refusal?.Code
        );
        Assert.Equal(
            "facilitator-unknown",
            Change(
                after,
                new(FacilitatorKind.PeerSupporter, peer.Id, null),
                false,
                peer with
                {
                    Available = false,
                }
            ).Refusal?.Code
        );
        Assert.Equal(
            "facilitator-unchanged",
            Change(after, new(FacilitatorKind.HubClinician, clinician, null), true, null).Refusal?.Code
        );
    }
}
