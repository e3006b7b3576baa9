using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.DischargingClient;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Journeys.WithdrawingJourney;

namespace Hubs.Web.Tests.Journeys.Decisions;

/// <summary>
/// Discharge and withdrawal leave nothing booked ahead: each future appointment is cancelled with the ending.
/// </summary>
public sealed class EndingCancelsAppointmentsTests
{
    private static readonly Guid Past = Guid.Parse("0b0e6a52-0000-4000-8000-0000000000b1");
    private static readonly Guid Future = Guid.Parse("0b0e6a52-0000-4000-8000-0000000000b2");
    private static readonly Guid Later = Guid.Parse("0b0e6a52-0000-4000-8000-0000000000b3");

    private static Journey WithBookings() =>
        Given
            .WithAttendedTreatment()
            .Then(j => new AppointmentBooked(
                j.Id,
                Past,
                Given.Now,
                AppointmentPurpose.Treatment,
                Given.Now.AddHours(-2),
                50,
                ContactMode.Phone,
                false,
                Given.Clinician
            ))
            .Then(j => new AppointmentBooked(
                j.Id,
                Future,
                Given.Now,
                AppointmentPurpose.Treatment,
                Given.Now.AddDays(2),
                50,
                ContactMode.Phone,
                false,
                Given.Clinician
            ))
            .Then(j => new AppointmentBooked(
                j.Id,
                Later,
                Given.Now,
                AppointmentPurpose.Treatment,
                Given.Now.AddDays(9),
                50,
                ContactMode.Video,
                true,
                Given.Clinician
            ))
            .Then(j => new AppointmentCancelled(j.Id, Later, Given.Now, CancelledBy.Client, null));

    [Fact]
    public void A_discharge_cancels_every_future_booked_appointment_by_the_Hub()
    {
        var decision = DischargeClientDecision.Decide(
            WithBookings(),
            new(DischargeReason.DroppedOut, null),
            Given.Clinician,
            Given.Now
        );

        var cancelled = Assert.Single(decision.Events.OfType<AppointmentCancelled>());
        Assert.Equal((Future, CancelledBy.Hub, true), (cancelled.AppointmentId, cancelled.By, cancelled.AtJourneyEnd));
        Assert.IsType<ClientDischarged>(decision.Events[^1]);
        var after = WithBookings().After(decision);
        Assert.Equal(AppointmentState.CancelledByHub, after.FindAppointment(Future)!.State);
        Assert.Equal(AppointmentState.Booked, after.FindAppointment(Past)!.State);
    }

    [Fact]
    public void A_withdrawal_cancels_every_future_booked_appointment_by_the_keyworker()
    {
        var decision = WithdrawJourneyDecision.Decide(WithBookings(), new(null), Given.Now);

        var cancelled = Assert.Single(decision.Events.OfType<AppointmentCancelled>());
        Assert.Equal(
            (Future, CancelledBy.Client, true),
            (cancelled.AppointmentId, cancelled.By, cancelled.AtJourneyEnd)
        );
        Assert.IsType<JourneyWithdrawn>(decision.Events[^1]);
        Assert.Equal(JourneyStatus.Withdrawn, WithBookings().After(decision).Status);
    }

    [Fact]
    public void A_journey_with_nothing_booked_ends_with_the_ending_alone()
    {
        var decision = DischargeClientDecision.Decide(
            Given.Allocated(),
            new(DischargeReason.NoContact, null),
            Given.Clinician,
            Given.Now
        );

        Assert.IsType<ClientDischarged>(Assert.Single(decision.Events));
    }
}
