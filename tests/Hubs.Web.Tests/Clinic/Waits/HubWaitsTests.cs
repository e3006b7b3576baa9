using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Journeys.OverseeingHub;

namespace Hubs.Web.Tests.Clinic.Waits;

/// <summary>
/// A hand-worked cohort of seven journeys (days before today in brackets) and the waits it must give:
/// A untriaged (100), B untriaged (10), C triaged, not assessed (130), D assessed day 50, no treatment (60),
/// E assessed day 80, treated day 40 and day 19 (90), F assessed day 65, treated day 30 only (70),
/// G discharged after waiting 200 days for triage (nothing open).
/// </summary>
public class HubWaitsTests
{
    private static readonly DateOnly Today = new(2026, 12, 3);

    private static readonly HubWaits Waits = HubWaits.Of(Cohort(), Today, at => DateOnly.FromDateTime(at.UtcDateTime));

    [Fact]
    public void People_still_waiting_are_counted_by_stage_with_the_time_waited_so_far_and_the_marks()
    {
        Assert.Equal(new WaitFigures(HubWaits.ForTriage, 2, 55, 100, 1, 0), Open(HubWaits.ForTriage));
        Assert.Equal(new WaitFigures(HubWaits.ForAssessment, 1, 130, 130, 1, 1), Open(HubWaits.ForAssessment));
        Assert.Equal(new WaitFigures(HubWaits.ForTreatment, 1, 60, 60, 1, 0), Open(HubWaits.ForTreatment));
        Assert.Equal(
            new WaitFigures(HubWaits.ForSecondAppointment, 1, 30, 30, 0, 0),
            Open(HubWaits.ForSecondAppointment)
        );
    }

    [Fact]
    public void Completed_waits_and_the_hidden_wait_between_first_and_second_treatment_are_counted()
    {
        // To assessment: D 10, E 10, F 5. To treatment: E 50 (past 6 weeks), F 40. First to second: E 21.
        Assert.Equal(new WaitFigures(HubWaits.ToAssessment, 3, 10, 10, 0, 0), Completed(HubWaits.ToAssessment));
        var toTreatment = Completed(HubWaits.ToTreatment);
        Assert.Equal(
            (2, 45.0, 1, 2),
            (toTreatment.People, toTreatment.Median!.Value, toTreatment.WithinSixWeeks, toTreatment.WithinEighteenWeeks)
        );
        Assert.Equal(new WaitFigures(HubWaits.FirstToSecond, 1, 21, 21, 0, 0), Completed(HubWaits.FirstToSecond));
    }

    [Fact]
    public void Exactly_42_days_is_within_six_weeks_and_43_is_past()
    {
        var figures = WaitFigures.Of("x", [42, 43, 126, 127]);
        Assert.Equal((3, 1, 84.5), (figures.PastSixWeeks, figures.PastEighteenWeeks, figures.Median!.Value));
    }

    private static WaitFigures Open(string stage) => Waits.Open.Single(w => w.Stage == stage);

    private static WaitFigures Completed(string stage) => Waits.Completed.Single(w => w.Stage == stage);

    private static DateTimeOffset DaysAgo(int days) =>
        new(Today.AddDays(-days).ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);

    private static Journey Referred(int daysAgo, JourneyStatus status) =>
        new(Guid.NewGuid(), "north", status, DaysAgo(daysAgo));

    private static Appointment Treatment(int daysAgo, AppointmentState state = AppointmentState.Attended) =>
        new(
            Guid.NewGuid(),
            AppointmentPurpose.Treatment,
            DaysAgo(daysAgo),
            50,
            ContactMode.Phone,
            false,
            Guid.NewGuid(),
            state
        );

    private static IEnumerable<Journey> Cohort() =>
        [
            Referred(100, JourneyStatus.Submitted),
            Referred(10, JourneyStatus.Screened),
            Referred(130, JourneyStatus.Triaged),
            Referred(60, JourneyStatus.Waiting) with
            {
                AssessedAt = DaysAgo(50),
                Appointments = [Treatment(-3, AppointmentState.Booked)],
            },
            Referred(90, JourneyStatus.InSupport) with
            {
                AssessedAt = DaysAgo(80),
                Appointments = [Treatment(19), Treatment(40), Treatment(30, AppointmentState.NotAttended)],
            },
            Referred(70, JourneyStatus.InSupport) with
            {
                AssessedAt = DaysAgo(65),
                Appointments = [Treatment(30)],
            },
            Referred(200, JourneyStatus.Discharged) with
            {
                EndedAt = DaysAgo(1),
            },
        ];
}
