using Hubs.Web.Features.Hubs;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.BookingAppointment;
using Hubs.Web.Features.Journeys.ChangingAppointment;
using Hubs.Web.Features.Journeys.Events;

namespace Hubs.Web.Tests.Journeys.Decisions;

public class AppointmentDecisionTests
{
    private static readonly Guid Slot = Guid.NewGuid();

    private static BookAppointment Book(AppointmentPurpose purpose) =>
        new(purpose, Given.Now.AddDays(3), 50, ContactMode.Video, ClinicianId: null);

    [Fact]
    public void Treatment_cannot_be_booked_before_allocation_nor_after_discharge()
    {
        Given
            .Book(Given.Assessed(), Book(AppointmentPurpose.Treatment), Slot, Given.Clinician)
            .Refused("not-allocated");
        Given
            .Book(Given.Discharged(), Book(AppointmentPurpose.Treatment), Slot, Given.Clinician)
            .Refused("journey-ended");
    }

    [Fact]
    public void An_assessment_appointment_belongs_between_triage_and_assessment()
    {
        Given
            .Book(Given.Submitted(), Book(AppointmentPurpose.Assessment), Slot, Given.Clinician)
            .Refused("assessment-not-due");
        Given
            .Book(Given.Assessed(), Book(AppointmentPurpose.Assessment), Slot, Given.Clinician)
            .Refused("assessment-not-due");
        Assert.Single(Given.Book(Given.Triaged(), Book(AppointmentPurpose.Assessment), Slot, Given.Clinician).Events);
    }

    [Fact]
    public void A_booking_goes_to_the_allocated_clinician_with_its_mode_in_the_hubs_hours()
    {
        var booker = Guid.NewGuid();
        var booked = Assert.IsType<AppointmentBooked>(
            Assert.Single(Given.Book(Given.Allocated(), Book(AppointmentPurpose.Treatment), Slot, booker).Events)
        );
        Assert.Equal((Given.Clinician, ContactMode.Video, false), (booked.ClinicianId, booked.Mode, booked.OutOfHours));
    }

    [Fact]
    public void The_first_attended_treatment_starts_support()
    {
        Assert.Equal(JourneyStatus.InSupport, Given.WithAttendedTreatment().Status);
    }

    [Fact]
    public void Only_a_booked_appointment_can_be_rescheduled_cancelled_or_marked()
    {
        var attended = Given.WithAttendedTreatment();
        ChangeAppointmentDecision
            .Reschedule(attended, Given.Treatment, new(Given.Now, ContactMode.Phone), Given.Now, Given.Hours)
            .Refused("appointment-closed");
        ChangeAppointmentDecision
            .Cancel(attended, Given.Treatment, new(CancelledBy.Client, null), Given.Now)
            .Refused("appointment-closed");
        ChangeAppointmentDecision
            .Attendance(attended, Given.Treatment, new(false), Given.Now)
            .Refused("appointment-closed");
        ChangeAppointmentDecision
            .Attendance(attended, Guid.NewGuid(), new(true), Given.Now)
            .Refused("no-such-appointment");
    }

    [Theory]
    [InlineData(CancelledBy.Client, AppointmentState.CancelledByClient)]
    [InlineData(CancelledBy.Hub, AppointmentState.CancelledByHub)]
    public void A_cancellation_records_which_side_cancelled(CancelledBy by, AppointmentState expected)
    {
        var booked = Given
            .Allocated()
            .After(Given.Book(Given.Allocated(), Book(AppointmentPurpose.Treatment), Slot, Given.Clinician));
        var cancelled = booked.After(
            ChangeAppointmentDecision.Cancel(booked, Slot, new(by, " Shift moved "), Given.Now)
        );
        Assert.Equal(expected, cancelled.FindAppointment(Slot)?.State);
    }

    [Fact]
    public void Did_not_attend_and_reschedule_change_the_appointment_but_not_the_journey()
    {
        var booked = Given
            .Allocated()
            .After(Given.Book(Given.Allocated(), Book(AppointmentPurpose.Treatment), Slot, Given.Clinician));
        var moved = booked.After(
            ChangeAppointmentDecision.Reschedule(
                booked,
                Slot,
                new(Given.Now.AddDays(9), ContactMode.InPerson),
                Given.Now,
                Given.Hours
            )
        );
        var missed = moved.After(ChangeAppointmentDecision.Attendance(moved, Slot, new(false), Given.Now.AddDays(9)));
        Assert.Equal(
            (ContactMode.InPerson, Given.Now.AddDays(9)),
            (moved.FindAppointment(Slot)!.Mode, moved.FindAppointment(Slot)!.StartsAt)
        );
        Assert.Equal(
            (AppointmentState.NotAttended, JourneyStatus.Waiting),
            (missed.FindAppointment(Slot)!.State, missed.Status)
        );
    }
}
