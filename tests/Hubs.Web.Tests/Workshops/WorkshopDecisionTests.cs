using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Questionnaires;
using Hubs.Web.Features.Workshops;
using Hubs.Web.Features.Workshops.AnsweringWorkshopMeasure;
using Hubs.Web.Features.Workshops.BookingCoachingCall;
using Hubs.Web.Features.Workshops.BookingPlace;
using Hubs.Web.Features.Workshops.CancellingPlace;
using Hubs.Web.Features.Workshops.RecordingAttendance;
using Hubs.Web.Features.Workshops.SchedulingWorkshop;
using static Hubs.Web.Tests.Workshops.WorkshopFacts;

namespace Hubs.Web.Tests.Workshops;

public class WorkshopDecisionTests
{
    private static Dictionary<string, int> Gad7(int each) =>
        Enumerable.Range(1, 7).ToDictionary(i => $"gad7.{i}", _ => each);

    [Theory]
    [InlineData(3, false)]
    [InlineData(4, true)]
    [InlineData(12, true)]
    [InlineData(13, false)]
    public void A_workshop_has_four_to_twelve_places(int capacity, bool valid)
    {
        var command = new ScheduleWorkshop(
            "Steady under pressure",
            Now.AddDays(3),
            120,
            ContactMode.InPerson,
            "Education centre, room 2",
            capacity,
            [Sector.Health],
            MeasureId.Gad7,
            Guid.NewGuid()
        );

        var result = new ScheduleWorkshopValidator().Validate(command);

        Assert.Equal(valid, result.IsValid);
    }

    [Fact]
    public void Only_a_brief_measure_without_a_self_harm_item_may_be_chosen()
    {
        var command = new ScheduleWorkshop(
            "Title",
            Now,
            60,
            ContactMode.Video,
            "",
            6,
            [Sector.Fire],
            MeasureId.Phq9,
            Guid.NewGuid()
        );

        var result = new ScheduleWorkshopValidator().Validate(command);

        Assert.Contains(result.Errors, e => e.PropertyName == nameof(ScheduleWorkshop.Measure));
    }

    [Fact]
    public void A_workshop_is_scheduled_ahead_and_run_by_a_clinician_of_the_hub()
    {
        var facilitator = Guid.NewGuid();
        ScheduleWorkshop At(DateTimeOffset startsAt, Guid who) =>
            new("Title", startsAt, 60, ContactMode.Video, "", 6, [Sector.Fire], MeasureId.Wsas, who);

        Assert.Equal(
            "starts-in-past",
            ScheduleWorkshopDecision
                .Decide(At(Now, facilitator), Guid.NewGuid(), "north", [facilitator], Now)
                .Refusal?.Code
        );
        Assert.Equal(
            "facilitator-not-in-hub",
            ScheduleWorkshopDecision
                .Decide(At(Now.AddDays(1), Guid.NewGuid()), Guid.NewGuid(), "north", [facilitator], Now)
                .Refusal?.Code
        );
        Assert.Null(
            ScheduleWorkshopDecision
                .Decide(At(Now.AddDays(1), facilitator), Guid.NewGuid(), "north", [facilitator], Now)
                .Refusal
        );
    }

    [Fact]
    public void The_last_place_goes_to_one_keyworker_and_the_next_is_told_it_is_full()
    {
        var workshop = Scheduled(capacity: 4);
        for (var i = 0; i < 3; i++)
        {
            workshop = workshop.Booked(Guid.NewGuid()).Workshop;
        }

        var (full, _) = workshop.Booked(Guid.NewGuid());
        var late = BookPlaceDecision.Decide(full, Guid.NewGuid(), new("Jo", Sector.Police), null, Guid.NewGuid(), Now);

        Assert.Equal(0, full.FreePlaces);
        Assert.Equal("workshop-full", late.Refusal?.Code);
    }

    [Fact]
    public void A_cancelled_place_is_free_again_and_its_holder_may_book_again()
    {
        var keyworker = Guid.NewGuid();
        var (booked, placeId) = Scheduled(capacity: 4).Booked(keyworker);
        var twice = BookPlaceDecision.Decide(booked, keyworker, new("Sam", Sector.Health), null, Guid.NewGuid(), Now);

        var cancelled = booked.Apply(CancelPlaceDecision.Decide(booked, placeId, Now));
        var (rebooked, _) = cancelled.Booked(keyworker);

        Assert.Equal("already-booked", twice.Refusal?.Code);
        Assert.Equal(4, cancelled.FreePlaces);
        Assert.Equal(3, rebooked.FreePlaces);
    }

    [Fact]
    public void A_keyworker_of_a_sector_the_workshop_is_not_open_to_cannot_book()
    {
        var decision = BookPlaceDecision.Decide(
            Scheduled(6, Sector.Fire),
            Guid.NewGuid(),
            new("Sam", Sector.CareHome),
            null,
            Guid.NewGuid(),
            Now
        );

        Assert.Equal("sector-not-open", decision.Refusal?.Code);
    }

    [Fact]
    public void Nothing_is_booked_or_cancelled_once_the_workshop_has_started()
    {
        var (booked, placeId) = Scheduled().Booked(Guid.NewGuid());
        var started = booked.StartsAt;

        Assert.Equal(
            "workshop-started",
            BookPlaceDecision
                .Decide(booked, Guid.NewGuid(), new("Jo", Sector.Health), null, Guid.NewGuid(), started)
                .Refusal?.Code
        );
        Assert.Equal("workshop-started", CancelPlaceDecision.Decide(booked, placeId, started).Refusal?.Code);
    }

    [Fact]
    public void The_measure_is_scored_before_and_after_and_the_change_read_from_the_bands()
    {
        var (booked, placeId) = Scheduled().Booked(Guid.NewGuid());
        var before = booked.Apply(
            AnswerWorkshopMeasureDecision.Decide(booked, placeId, new(WorkshopOccasion.Before, Gad7(2)), Now)
        );
        var afterTooSoon = AnswerWorkshopMeasureDecision.Decide(
            before,
            placeId,
            new(WorkshopOccasion.After, Gad7(1)),
            Now
        );
        var held = before.Apply(RecordAttendanceDecision.Decide(before, new([placeId]), before.EndsAt));
        var answeredAfter = AnswerWorkshopMeasureDecision.Decide(
            held,
            placeId,
            new(WorkshopOccasion.After, Gad7(1)),
            held.EndsAt
        );
        var after = held.Apply(answeredAfter);
        var place = after.Place(placeId)!;

        // The pair is recorded apart from the place and the person, for the anonymous figures: better by 7.
        var pair = Assert.Single(answeredAfter.Events.OfType<WorkshopMeasurePaired>());
        Assert.Equal(("better", -7), (pair.Change, pair.TotalChange));

        // GAD-7: 7 × 2 = 14, moderate (10–14); 7 × 1 = 7, mild (5–9).
        Assert.Equal((14, 7), (place.Before!.Value!.Total, place.After!.Value!.Total));
        Assert.Equal(place.KeyworkerId, place.Before.OwnerId);
        Assert.Equal("measure-closed", afterTooSoon.Refusal?.Code);
        Assert.Equal("better", WorkshopMeasures.Change(MeasureId.Gad7, place.Before.Value, place.After.Value));
    }

    [Fact]
    public void Answers_that_cannot_be_scored_are_refused_with_the_reason()
    {
        var (booked, placeId) = Scheduled().Booked(Guid.NewGuid());
        var answers = Gad7(1);
        answers.Remove("gad7.7");

        var decision = AnswerWorkshopMeasureDecision.Decide(
            booked,
            placeId,
            new(WorkshopOccasion.Before, answers),
            Now
        );

        Assert.Equal("answers-invalid", decision.Refusal?.Code);
    }

    [Fact]
    public void Attendance_is_recorded_once_after_the_start_and_only_for_booked_places()
    {
        var (booked, placeId) = Scheduled().Booked(Guid.NewGuid());
        var (both, other) = booked.Booked(Guid.NewGuid());

        Assert.Equal("workshop-not-started", RecordAttendanceDecision.Decide(both, new([placeId]), Now).Refusal?.Code);
        Assert.Equal(
            "place-not-booked",
            RecordAttendanceDecision.Decide(both, new([Guid.NewGuid()]), both.StartsAt).Refusal?.Code
        );
        var held = both.Apply(RecordAttendanceDecision.Decide(both, new([placeId]), both.StartsAt));
        Assert.Equal(
            (PlaceState.Attended, PlaceState.NotAttended),
            (held.Place(placeId)!.State, held.Place(other)!.State)
        );
        Assert.Equal(
            "attendance-recorded",
            RecordAttendanceDecision.Decide(held, new([other]), both.EndsAt).Refusal?.Code
        );
    }

    [Fact]
    public void Coaching_calls_are_for_those_who_came_two_each_and_recorded_held_once_started()
    {
        var (booked, came) = Scheduled().Booked(Guid.NewGuid());
        var (both, absent) = booked.Booked(Guid.NewGuid());
        var held = both.Apply(RecordAttendanceDecision.Decide(both, new([came]), both.EndsAt));
        FreeCoachingSlot Slot(int day) => new(Guid.NewGuid(), "Alex Morgan", held.EndsAt.AddDays(day), 50);
        var call = Guid.NewGuid();

        var one = held.Apply(CoachingDecisions.Book(held, came, Slot(1), call, held.EndsAt));
        var two = one.Apply(CoachingDecisions.Book(one, came, Slot(2), Guid.NewGuid(), held.EndsAt));

        Assert.Equal(
            "coaching-not-open",
            CoachingDecisions.Book(held, absent, Slot(1), Guid.NewGuid(), held.EndsAt).Refusal?.Code
        );
        Assert.Equal(
            "coaching-limit",
            CoachingDecisions.Book(two, came, Slot(3), Guid.NewGuid(), held.EndsAt).Refusal?.Code
        );
        Assert.Equal("call-not-started", CoachingDecisions.RecordHeld(two, call, held.EndsAt).Refusal?.Code);
        var done = two.Apply(CoachingDecisions.RecordHeld(two, call, held.EndsAt.AddDays(1)));
        Assert.True(done.Calls.Single(c => c.Id == call).Held);
    }
}
