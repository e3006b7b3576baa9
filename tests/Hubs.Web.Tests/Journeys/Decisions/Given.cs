using Hubs.Web.Features.Hubs;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.BookingAppointment;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Journeys.SubmittingSelfReferral;
using Hubs.Web.Features.Privacy;

namespace Hubs.Web.Tests.Journeys.Decisions;

/// <summary>
/// Journey states built the way Marten builds them: by folding events through the journey's Apply methods.
/// </summary>
public static class Given
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    public static readonly Guid Clinician = Guid.Parse("0b0e6a52-0000-4000-8000-000000000001");
    public static readonly Guid Lead = Guid.Parse("0b0e6a52-0000-4000-8000-000000000002");
    public static readonly Guid Treatment = Guid.Parse("0b0e6a52-0000-4000-8000-0000000000aa");

    /// <summary>The default opening hours (Monday to Friday, 09:00–17:00 UK time).</summary>
    public static readonly OpeningHours Hours = new HubDirectory(
        [],
        TimeZoneInfo.FindSystemTimeZoneById("Europe/London")
    ).HoursOf("north");

    /// <summary>Books as the endpoint does: at <see cref="Now"/>, in the default hours.</summary>
    public static Decision Book(Journey journey, BookAppointment command, Guid appointmentId, Guid bookedBy) =>
        BookAppointmentDecision.Decide(journey, command, appointmentId, bookedBy, Now, Hours, BookingContext.None);

    public static Journey Submitted() =>
        Journey.Create(
            SubmitSelfReferralDecision.Decide(
                new SubmitSelfReferral(
                    "north",
                    "Sam",
                    "sam@example.org",
                    null,
                    null,
                    Sector.Health,
                    StaffGroup.Nursing,
                    AgeBand.From25To34,
                    Sex.Female,
                    EthnicityGroup.White,
                    Disability.No,
                    "Nights.",
                    true,
                    false
                ),
                Guid.NewGuid(),
                Now.AddDays(-30)
            )
        );

    public static Journey Triaged() =>
        Submitted()
            .Then(j => new ReferralTriaged(
                j.Id,
                Now,
                Clinician,
                TriageOutcome.Assess,
                Personal.Of(j.KeyworkerId, "Fits."),
                null
            ));

    public static Journey Assessed() =>
        Triaged()
            .Then(j => new AssessmentCompleted(
                j.Id,
                Now,
                Clinician,
                InterventionType.Cbt,
                15,
                12,
                Personal.Of(j.KeyworkerId, "F"),
                Personal.Of(j.KeyworkerId, "P")
            ));

    public static Journey Allocated() => Assessed().Then(j => new ClinicianAllocated(j.Id, Now, Clinician, Lead));

    public static Journey WithAttendedTreatment() =>
        Allocated()
            .Then(j => new AppointmentBooked(
                j.Id,
                Treatment,
                Now,
                AppointmentPurpose.Treatment,
                Now,
                50,
                ContactMode.Phone,
                false,
                Clinician
            ))
            .Then(j => new AppointmentAttended(j.Id, Treatment, Now));

    public static Journey Discharged() =>
        Allocated().Then(j => new ClientDischarged(j.Id, Now, Clinician, DischargeReason.DroppedOut, null));

    /// <summary>Applies the event (made from the current state) as Marten would.</summary>
    public static Journey Then(this Journey journey, Func<Journey, object> @event) =>
        journey.Apply((dynamic)@event(journey));

    /// <summary>Applies every accepted event of a decision.</summary>
    public static Journey After(this Journey journey, Decision decision)
    {
        Assert.Null(decision.Refusal);
        return decision.Events.Aggregate(journey, (j, e) => (Journey)j.Apply((dynamic)e));
    }

    public static void Refused(this Decision decision, string code)
    {
        Assert.Equal(code, decision.Refusal?.Code);
        Assert.Empty(decision.Events);
    }
}
