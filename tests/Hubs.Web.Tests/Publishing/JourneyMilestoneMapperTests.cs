using Hubs.Contracts.Journeys;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Privacy;
using Hubs.Web.Features.Publishing;
using Hubs.Web.Features.Questionnaires;
using Hubs.Web.Tests.Journeys.Decisions;
using static Hubs.Web.Tests.Publishing.Mapping;

namespace Hubs.Web.Tests.Publishing;

public class JourneyMilestoneMapperTests
{
    // 23:30 on Monday 23 November (GMT): a referral late in the day.
    private static readonly DateTimeOffset Referred = new(2026, 11, 23, 23, 30, 0, TimeSpan.Zero);

    private static Journey NewJourney() =>
        new(Guid.NewGuid(), "north", JourneyStatus.Submitted, Referred) { KeyworkerId = Guid.NewGuid() };

    [Fact]
    public void Screening_travels_as_bands_caseness_and_risk_level_with_unasked_measures_left_empty()
    {
        var journey = NewJourney();
        var screened = Assert.IsType<JourneyScreened>(
            Map(
                new ScreeningCompleted(
                    journey.Id,
                    Referred.AddDays(1),
                    ScreeningTakenBy.Keyworker,
                    14,
                    null,
                    RiskLevel.Flag
                ),
                journey,
                3
            )
        );

        Assert.Equal(
            ("north", 3L, "2026-W48", "2026-11"),
            (screened.HubId, screened.StreamVersion, screened.IsoWeek, screened.Month)
        );
        Assert.Equal(
            ("moderate", (bool?)true, (string?)null, (bool?)null, "flag"),
            (screened.Phq9Band, screened.Phq9Caseness, screened.Gad7Band, screened.Gad7Caseness, screened.Risk)
        );
        Assert.Equal(Keys.JourneyKey(journey.Id), screened.JourneyKey);
    }

    [Theory]
    [InlineData(9, 7, "mild", false, "mild", false)]
    [InlineData(10, 8, "moderate", true, "mild", true)]
    [InlineData(27, 21, "severe", true, "severe", true)]
    public void Bands_and_caseness_follow_the_published_cut_offs(
        int phq9,
        int gad7,
        string phq9Band,
        bool phq9Case,
        string gad7Band,
        bool gad7Case
    )
    {
        var journey = NewJourney();
        var screened = Assert.IsType<JourneyScreened>(
            Map(
                new ScreeningCompleted(
                    journey.Id,
                    Referred,
                    ScreeningTakenBy.ClinicianByPhone,
                    phq9,
                    gad7,
                    RiskLevel.None
                ),
                journey
            )
        );
        Assert.Equal(
            (phq9Band, (bool?)phq9Case, gad7Band, (bool?)gad7Case),
            (screened.Phq9Band, screened.Phq9Caseness, screened.Gad7Band, screened.Gad7Caseness)
        );
    }

    [Fact]
    public void The_wait_to_assessment_counts_UK_calendar_days_and_no_date_travels()
    {
        var journey = NewJourney();
        var assessedAt = new DateTimeOffset(2026, 11, 24, 0, 10, 0, TimeSpan.Zero);
        var assessed = Assert.IsType<JourneyAssessed>(
            Map(
                new AssessmentCompleted(
                    journey.Id,
                    assessedAt,
                    Given.Clinician,
                    InterventionType.TraumaFocusedCbt,
                    16,
                    9,
                    Personal.Of(journey.KeyworkerId, "formulation"),
                    Personal.Of(journey.KeyworkerId, "plan")
                ),
                journey
            )
        );

        Assert.Equal(
            (1, "trauma-focused-cbt", 16, 9),
            (assessed.DaysSinceReferral, assessed.Intervention, assessed.Phq9Total, assessed.Gad7Total)
        );
    }

    [Fact]
    public void Appointment_outcomes_carry_their_booking_number_purpose_who_cancelled_and_the_days_to_their_start()
    {
        var journey = NewJourney();
        var (assessment, treatment) = (Guid.NewGuid(), Guid.NewGuid());
        journey = journey
            .Then(j => new AppointmentBooked(
                j.Id,
                assessment,
                Referred,
                AppointmentPurpose.Assessment,
                Referred.AddDays(3),
                60,
                ContactMode.Video,
                false,
                Given.Clinician
            ))
            .Then(j => new AppointmentBooked(
                j.Id,
                treatment,
                Referred,
                AppointmentPurpose.Treatment,
                Referred.AddDays(43),
                50,
                ContactMode.Phone,
                false,
                Given.Clinician
            ));

        var attended = Assert.IsType<AppointmentOutcomeRecorded>(
            Map(new AppointmentAttended(journey.Id, treatment, Referred.AddDays(50)), journey, 9)
        );
        var cancelled = Assert.IsType<AppointmentOutcomeRecorded>(
            Map(
                new AppointmentCancelled(
                    journey.Id,
                    assessment,
                    Referred,
                    CancelledBy.Client,
                    Personal.Of(journey.KeyworkerId, "why")
                ),
                journey
            )
        );
        var byHub = Assert.IsType<AppointmentOutcomeRecorded>(
            Map(new AppointmentCancelled(journey.Id, assessment, Referred, CancelledBy.Hub, null), journey)
        );
        var missed = Assert.IsType<AppointmentOutcomeRecorded>(
            Map(new AppointmentNotAttended(journey.Id, treatment, Referred), journey)
        );

        Assert.Equal(
            (2, "treatment", "attended", 43, "2027-01"),
            (attended.AppointmentNumber, attended.Purpose, attended.Outcome, attended.DaysSinceReferral, attended.Month)
        );
        Assert.Equal(
            (1, "assessment", "cancelled-by-client", 3),
            (cancelled.AppointmentNumber, cancelled.Purpose, cancelled.Outcome, cancelled.DaysSinceReferral)
        );
        Assert.Equal("cancelled-by-hub", byHub.Outcome);
        Assert.Equal("did-not-attend", missed.Outcome);
        Assert.Null(Map(new AppointmentAttended(journey.Id, Guid.NewGuid(), Referred), journey));
    }
}
