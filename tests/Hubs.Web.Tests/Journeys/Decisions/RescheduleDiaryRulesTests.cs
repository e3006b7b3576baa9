using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.BookingAppointment;
using Hubs.Web.Features.Journeys.ChangingAppointment;
using Hubs.Web.Features.Journeys.ChangingContactPreferences;
using Hubs.Web.Features.Journeys.Events;

namespace Hubs.Web.Tests.Journeys.Decisions;

/// <summary>Moving an appointment is decided by the booking's rules (<see cref="BookingRules.Check"/>), pure.</summary>
public sealed class RescheduleDiaryRulesTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    // Given.Now is Monday 23 November 2026, 09:00 (GMT).
    private static readonly DateTimeOffset TuesdayEvening = new(2026, 11, 24, 18, 30, 0, TimeSpan.Zero);
    private static readonly Guid Booked = Guid.Parse("0b0e6a52-0000-4000-8000-0000000000bb");

    private static readonly ContactPreferences EveningsByText = new(
        [ContactChannel.Text],
        [SafeTime.WeekdayEvenings],
        VoicemailOk: false,
        MayNameHub: false
    );

    private static Journey WithBooking() =>
        Given
            .Triaged()
            .Then(j => new AppointmentBooked(
                j.Id,
                Booked,
                Given.Now,
                AppointmentPurpose.Assessment,
                TuesdayEvening,
                50,
                ContactMode.Video,
                false,
                Given.Clinician
            ));

    private static Decision Move(
        Journey journey,
        DateTimeOffset to,
        BookingContext context,
        ContactMode mode = ContactMode.Video,
        bool confirm = false
    ) =>
        ChangeAppointmentDecision.Reschedule(
            journey,
            Booked,
            new RescheduleAppointment(to, mode, confirm),
            Given.Now,
            Given.Hours,
            context
        );

    [Fact]
    public void A_move_onto_the_clinicians_or_the_keyworkers_other_appointment_is_refused_even_when_confirmed()
    {
        var journey = WithBooking();
        var clinicianBusy = new BusySlot(
            Guid.NewGuid(),
            Guid.NewGuid(),
            Given.Clinician,
            TuesdayEvening.AddDays(1),
            50
        );
        var keyworkerBusy = new BusySlot(
            Guid.NewGuid(),
            journey.KeyworkerId,
            Guid.NewGuid(),
            TuesdayEvening.AddDays(2),
            50
        );
        var context = new BookingContext([clinicianBusy, keyworkerBusy], EveningsByText, London);

        Move(journey, TuesdayEvening.AddDays(1).AddMinutes(10), context, confirm: true)
            .Refused("clinician-double-booked");
        Move(journey, TuesdayEvening.AddDays(2).AddMinutes(10), context, confirm: true).Refused("client-double-booked");
    }

    [Fact]
    public void Its_own_old_time_is_no_clash_but_a_night_time_or_a_call_they_did_not_allow_must_be_confirmed()
    {
        var journey = WithBooking();
        var own = new BusySlot(Booked, journey.KeyworkerId, Given.Clinician, TuesdayEvening, 50);
        var context = new BookingContext([own], EveningsByText, London);

        Assert.IsType<AppointmentRescheduled>(
            Assert.Single(Move(journey, TuesdayEvening.AddMinutes(20), context).Events)
        );
        Move(journey, TuesdayEvening.AddHours(-15), context).Refused("confirm-warnings");
        Move(journey, TuesdayEvening.AddDays(1), context, ContactMode.Phone).Refused("confirm-warnings");
        Assert.IsType<AppointmentRescheduled>(
            Assert.Single(Move(journey, TuesdayEvening.AddHours(-15), context, confirm: true).Events)
        );
    }
}
