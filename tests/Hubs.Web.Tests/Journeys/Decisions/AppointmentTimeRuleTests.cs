using Hubs.Web.Features.Hubs;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.BookingAppointment;
using Hubs.Web.Features.Journeys.ChangingAppointment;
using Hubs.Web.Features.Journeys.Events;

namespace Hubs.Web.Tests.Journeys.Decisions;

/// <summary>When an appointment may be set, and when what happened at it may be recorded.</summary>
public class AppointmentTimeRuleTests
{
    private static readonly Guid Slot = Guid.NewGuid();

    public static Decision BookAt(DateTimeOffset startsAt, int minutes = 50) =>
        Given.Book(
            Given.Allocated(),
            new BookAppointment(AppointmentPurpose.Treatment, startsAt, minutes, ContactMode.Phone, null),
            Slot,
            Given.Clinician
        );

    private static Journey Booked(DateTimeOffset startsAt) => Given.Allocated().After(BookAt(startsAt));

    [Theory]
    [InlineData(-1, "appointment-in-past")]
    [InlineData(-60 * 24, "appointment-in-past")]
    [InlineData(60 * 24 * 367, "appointment-too-far-ahead")]
    public void A_start_in_the_past_or_over_a_year_ahead_is_refused(int minutesFromNow, string code) =>
        BookAt(Given.Now.AddMinutes(minutesFromNow)).Refused(code);

    [Theory]
    [InlineData(0, "appointment-ends-before-start")]
    [InlineData(-30, "appointment-ends-before-start")]
    [InlineData(9, "appointment-too-short")]
    [InlineData(241, "appointment-too-long")]
    public void An_appointment_ends_after_it_starts_and_lasts_ten_minutes_to_four_hours(int minutes, string code) =>
        BookAt(Given.Now.AddDays(1), minutes).Refused(code);

    [Theory]
    [InlineData(0, 10)]
    [InlineData(0, 240)]
    [InlineData(60 * 24 * 366, 50)]
    public void Now_and_the_bounds_themselves_are_allowed(int minutesFromNow, int minutes) =>
        Assert.Single(BookAt(Given.Now.AddMinutes(minutesFromNow), minutes).Events);

    [Fact]
    public void A_reschedule_keeps_the_length_rechecks_the_time_and_rederives_out_of_hours()
    {
        var booked = Booked(new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.Zero));
        ChangeAppointmentDecision
            .Reschedule(booked, Slot, new(Given.Now.AddHours(-2), ContactMode.Video), Given.Now, Given.Hours)
            .Refused("appointment-in-past");
        var moved = booked.After(
            ChangeAppointmentDecision.Reschedule(
                booked,
                Slot,
                new(new DateTimeOffset(2026, 11, 26, 16, 30, 0, TimeSpan.Zero), ContactMode.Video),
                Given.Now,
                Given.Hours
            )
        );
        Assert.Equal(
            (50, true),
            (moved.FindAppointment(Slot)!.DurationMinutes, moved.FindAppointment(Slot)!.OutOfHours)
        );
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Attended_or_not_is_recorded_only_once_the_appointment_has_started(bool attended)
    {
        var startsAt = Given.Now.AddDays(2);
        var booked = Booked(startsAt);
        ChangeAppointmentDecision
            .Attendance(booked, Slot, new(attended), startsAt.AddSeconds(-1))
            .Refused("appointment-not-started");
        var recorded = booked.After(ChangeAppointmentDecision.Attendance(booked, Slot, new(attended), startsAt));
        Assert.Equal(
            attended ? AppointmentState.Attended : AppointmentState.NotAttended,
            recorded.FindAppointment(Slot)!.State
        );
    }

    [Fact]
    public void A_booked_appointment_can_still_be_cancelled_before_it_starts()
    {
        var booked = Booked(Given.Now.AddDays(2));
        Assert.Single(ChangeAppointmentDecision.Cancel(booked, Slot, new(CancelledBy.Client, null), Given.Now).Events);
    }
}
