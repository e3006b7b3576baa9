using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Journeys.RequestingAppointmentChange;

namespace Hubs.Web.Tests.Journeys.Decisions;

public class AppointmentChangeRequestDecisionTests
{
    private static readonly Guid Slot = Guid.NewGuid();

    private static Journey Booked(int daysAhead = 3) =>
        Given
            .Triaged()
            .Then(j => new AppointmentBooked(
                j.Id,
                Slot,
                Given.Now,
                AppointmentPurpose.Assessment,
                Given.Now.AddDays(daysAhead),
                50,
                ContactMode.Video,
                false,
                Given.Clinician
            ));

    private static Decision Ask(
        Journey journey,
        AppointmentChangeKind kind,
        string? reason = null,
        Guid? appointment = null
    ) =>
        RequestAppointmentChangeDecision.Decide(
            journey,
            appointment ?? Slot,
            new RequestAppointmentChange(kind, reason),
            Given.Now
        );

    [Fact]
    public void A_request_for_a_new_time_is_recorded_with_the_reason_sealed_for_the_keyworker_leaving_the_time_alone()
    {
        var journey = Booked();
        var decision = Ask(journey, AppointmentChangeKind.Reschedule, "  Nights that week.  ");
        var asked = Assert.IsType<AppointmentChangeRequested>(Assert.Single(decision.Events));
        Assert.Equal(
            (AppointmentChangeKind.Reschedule, journey.KeyworkerId, "Nights that week."),
            (asked.Kind, asked.Reason!.OwnerId, asked.Reason.Value)
        );

        var after = journey.After(decision).FindAppointment(Slot)!;
        Assert.Equal(
            (AppointmentState.Booked, Given.Now.AddDays(3), AppointmentChangeKind.Reschedule),
            (after.State, after.StartsAt, after.ChangeRequested)
        );
    }

    [Fact]
    public void A_reason_is_optional_and_a_blank_one_is_not_kept()
    {
        var asked = Assert.IsType<AppointmentChangeRequested>(
            Assert.Single(Ask(Booked(), AppointmentChangeKind.Cancel, " ").Events)
        );
        Assert.Equal(AppointmentChangeKind.Cancel, asked.Kind);
        Assert.Null(asked.Reason);
    }

    [Fact]
    public void Only_an_upcoming_booked_appointment_on_an_open_journey_can_be_asked_about()
    {
        Ask(Booked(daysAhead: -1), AppointmentChangeKind.Reschedule).Refused("appointment-not-upcoming");
        Ask(
                Booked().Then(j => new AppointmentCancelled(j.Id, Slot, Given.Now, CancelledBy.Hub, null)),
                AppointmentChangeKind.Cancel
            )
            .Refused("appointment-not-upcoming");
        Ask(Booked(), AppointmentChangeKind.Cancel, appointment: Guid.NewGuid()).Refused("no-such-appointment");
        Ask(Booked().Then(j => new JourneyWithdrawn(j.Id, Given.Now, null)), AppointmentChangeKind.Cancel)
            .Refused("journey-ended");
    }

    [Fact]
    public void Moving_the_appointment_settles_the_request()
    {
        var journey = Booked();
        var asked = journey.After(Ask(journey, AppointmentChangeKind.Reschedule));
        var moved = asked.Then(j => new AppointmentRescheduled(
            j.Id,
            Slot,
            Given.Now,
            Given.Now.AddDays(5),
            ContactMode.Phone,
            false
        ));
        Assert.Null(moved.FindAppointment(Slot)!.ChangeRequested);
    }
}
