using Hubs.Web.Features.Audit;
using Hubs.Web.Features.Clinicians;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Journeys.AllocatingClinician;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Journeys.OverseeingHub;
using Hubs.Web.Features.Journeys.ReadingDiary;
using Hubs.Web.Features.Journeys.ReadingJourney;
using Hubs.Web.Features.Journeys.ReadModels;

namespace Hubs.Web.Tests.Clinic;

/// <summary>
/// The workspace's pure rules: suggestions, chart layout, diary slots, contact and supervision figures, access.
/// </summary>
public class ClinicRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Suggestions_put_the_clinician_meeting_mode_times_and_language_first_then_the_smaller_caseload()
    {
        var directory = ClinicianSeed.For("north");
        var wishes = new SupportWishes(["video"], ["nights"], ["language"], "I would prefer to speak Gujarati");
        var ranked = ClinicianMatching.Rank(wishes, directory, new Dictionary<Guid, int>());
        Assert.Equal("Priya Shah", ranked[0].Clinician.Name);
        Assert.Contains("Speaks Gujarati", ranked[0].Matches);
        Assert.Contains(
            "Not available between night shifts",
            ranked.Single(s => s.Clinician.Name == "Marta Kowalska").Gaps
        );

        var busy = new Dictionary<Guid, int> { [directory[0].Id] = 30 };
        var plain = ClinicianMatching.Rank(new SupportWishes(["phone"], [], [], null), directory, busy);
        Assert.Equal(30, plain.Single(s => s.Clinician.Id == directory[0].Id).Caseload);
        Assert.NotEqual(directory[0].Id, plain[0].Clinician.Id);
    }

    [Fact]
    public void A_chart_places_scores_against_the_scale_and_says_what_changed()
    {
        var occasions = new List<(DateTimeOffset, string, MarkedScore?)>
        {
            (Now, "Screen", ReliableChange.Mark(27, 27, 6)),
            (Now, "S1", ReliableChange.Mark(27, 0, 6)),
            (Now, "S2", null),
        };
        var chart = MeasureChart.For("phq9", "PHQ-9", 27, 10, 6, occasions);
        Assert.Equal(2, chart.Points.Count);
        Assert.Equal(MeasureChart.Top, chart.Points[0].Y);
        Assert.Equal(MeasureChart.Height - MeasureChart.Bottom, chart.Points[1].Y);
        Assert.Equal(MeasureChart.Width - MeasureChart.Right, chart.Points[1].X);
        Assert.Equal(
            "PHQ-9: 2 scores, first 27, latest 0 (a reliable improvement). Caseness is 10 or more.",
            chart.Summary()
        );
    }

    [Fact]
    public void The_diary_shows_free_out_of_hours_slots_except_where_something_is_booked()
    {
        var alex = ClinicianSeed.For("north")[0];
        var monday = new DateOnly(2026, 11, 23);
        var booked = new Appointment(
            Guid.NewGuid(),
            AppointmentPurpose.Treatment,
            new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero),
            50,
            ContactMode.Video,
            true,
            alex.Id,
            AppointmentState.Booked
        );
        var week = DiaryWeek.Build(
            alex,
            [new DiaryAppointment(Guid.NewGuid(), Guid.NewGuid(), booked)],
            monday,
            instant => instant.UtcDateTime
        );
        Assert.Equal(4, week.Count);
        Assert.Equal(3, week.Count(e => e.Appointment is null));
        Assert.Equal(booked, week.Single(e => e.LocalStart == new DateTime(2026, 11, 28, 10, 0, 0)).Appointment);
        Assert.Equal(monday, DiaryWeek.MondayOf(new DateOnly(2026, 11, 29)));
    }

    [Fact]
    public void Supervision_counts_open_cases_DNAs_risk_and_no_contact_per_clinician()
    {
        var alex = ClinicianSeed.For("north")[0];
        Journey Case(JourneyStatus status, int attendedDaysAgo, AppointmentState second) =>
            new(Guid.NewGuid(), "north", status, Now.AddDays(-90))
            {
                ClinicianId = alex.Id,
                AssessedAt = Now.AddDays(-80),
                Risk =
                    status == JourneyStatus.Waiting
                        ? Features.Questionnaires.RiskLevel.Flag
                        : Features.Questionnaires.RiskLevel.None,
                Appointments =
                [
                    new(
                        Guid.NewGuid(),
                        AppointmentPurpose.Treatment,
                        Now.AddDays(-attendedDaysAgo),
                        50,
                        ContactMode.Phone,
                        false,
                        alex.Id,
                        AppointmentState.Attended
                    ),
                    new(
                        Guid.NewGuid(),
                        AppointmentPurpose.Treatment,
                        Now.AddDays(-1),
                        50,
                        ContactMode.Phone,
                        false,
                        alex.Id,
                        second
                    ),
                ],
            };
        var open = new[]
        {
            Case(JourneyStatus.InSupport, 3, AppointmentState.NotAttended),
            Case(JourneyStatus.Waiting, 40, AppointmentState.Booked),
            Case(JourneyStatus.Discharged, 50, AppointmentState.NotAttended),
        };
        var line = HubFigures.Supervision(open, [alex], Now, noContactDays: 21).Single();
        Assert.Equal(
            (2, 1, 1, 1, 1, 1),
            (line.OpenCases, line.InSupport, line.Waiting, line.DidNotAttend, line.RiskCases, line.NoContact)
        );
        Assert.Equal(40, Hubs.Web.Features.Journeys.Contact.DaysSince(open[1], Now));
    }

    [Fact]
    public void Until_allocation_any_clinician_of_the_Hub_may_open_an_open_journey_after_it_only_its_clinicians()
    {
        var colleague = new StaffMember(Guid.NewGuid(), StaffRole.Clinician, "north");
        var triaged = new Journey(Guid.NewGuid(), "north", JourneyStatus.Triaged, Now);
        Assert.Equal(ReadPurpose.Triage, JourneyAccess.Decide(triaged, colleague, null, Now).Purpose);
        Assert.True(
            JourneyAccess.Decide(triaged with { Status = JourneyStatus.Assessed }, colleague, null, Now).Allowed
        );
        Assert.False(
            JourneyAccess.Decide(triaged with { Status = JourneyStatus.ClosedAtTriage }, colleague, null, Now).Allowed
        );
        var allocated = triaged with { Status = JourneyStatus.Waiting, ClinicianId = Guid.NewGuid() };
        Assert.False(JourneyAccess.Decide(allocated, colleague, null, Now).Allowed);
        var assessor = allocated with
        {
            Appointments =
            [
                new(
                    Guid.NewGuid(),
                    AppointmentPurpose.Assessment,
                    Now,
                    50,
                    ContactMode.Phone,
                    false,
                    colleague.Id,
                    AppointmentState.Attended
                ),
            ],
        };
        Assert.Equal(ReadPurpose.DirectCare, JourneyAccess.Decide(assessor, colleague, null, Now).Purpose);
    }
}
