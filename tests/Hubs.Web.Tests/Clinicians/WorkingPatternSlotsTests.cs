using Hubs.Web.Features.Clinicians;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Journeys.ReadingDiary;
using Hubs.Web.Features.Journeys.ReadModels;

namespace Hubs.Web.Tests.Clinicians;

/// <summary>
/// A clinician's working pattern becomes free diary slots of the Hub's length; a booked appointment keeps its own
/// length and takes the slots it overlaps.
/// </summary>
public class WorkingPatternSlotsTests
{
    private static readonly DateOnly Monday = new(2026, 11, 23);

    private static readonly ClinicianProfile Ana = new(Guid.NewGuid(), "north", "Ana")
    {
        WorkingPattern = [new(DayOfWeek.Monday, new(9, 0), new(11, 0)), new(DayOfWeek.Tuesday, new(18, 0), new(20, 0))],
    };

    [Fact]
    public void The_pattern_is_cut_into_slots_of_the_hubs_length_and_evening_ones_are_out_of_hours()
    {
        var week = DiaryWeek.Build(Ana, [], Monday, instant => instant.UtcDateTime, slotMinutes: 50);

        Assert.Equal(
            [
                new DateTime(2026, 11, 23, 9, 0, 0),
                new(2026, 11, 23, 9, 50, 0),
                new(2026, 11, 24, 18, 0, 0),
                new(2026, 11, 24, 18, 50, 0),
            ],
            week.Select(e => e.LocalStart)
        );
        Assert.All(week, e => Assert.Equal(50, e.Minutes));
        Assert.Equal([false, false, true, true], week.Select(e => e.OutOfHours));
    }

    [Fact]
    public void A_booked_appointment_keeps_its_length_and_takes_only_the_slots_it_overlaps()
    {
        var booked = new Appointment(
            Guid.NewGuid(),
            AppointmentPurpose.Treatment,
            new DateTimeOffset(2026, 11, 24, 18, 0, 0, TimeSpan.Zero),
            45,
            ContactMode.Video,
            true,
            Ana.Id,
            AppointmentState.Booked
        );

        var week = DiaryWeek.Build(
            Ana,
            [new DiaryAppointment(Guid.NewGuid(), Guid.NewGuid(), booked)],
            Monday,
            instant => instant.UtcDateTime,
            slotMinutes: 60
        );

        var tuesday = week.Where(e => e.LocalStart.Day == 24).ToList();
        Assert.Equal(45, tuesday[0].Minutes);
        Assert.Equal(booked, tuesday[0].Appointment);
        Assert.Equal((new DateTime(2026, 11, 24, 19, 0, 0), 60), (tuesday[1].LocalStart, tuesday[1].Minutes));
        Assert.Equal(2, tuesday.Count);
        Assert.Equal(2, week.Count(e => e.LocalStart.Day == 23));
    }
}
