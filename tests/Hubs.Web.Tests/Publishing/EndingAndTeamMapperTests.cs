using System.Text.Json;
using Hubs.Contracts.Journeys;
using Hubs.Contracts.TeamActivities;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Privacy;
using Hubs.Web.Features.Publishing;
using Hubs.Web.Features.Questionnaires;
using Hubs.Web.Features.TeamActivities;
using Hubs.Web.Tests.Journeys.Decisions;
using static Hubs.Web.Tests.Publishing.Mapping;

namespace Hubs.Web.Tests.Publishing;

public class EndingAndTeamMapperTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

    private static Journey NewJourney() => new(Guid.NewGuid(), "south", JourneyStatus.Assessed, At) { KeyworkerId = Guid.NewGuid() };

    [Fact]
    public void Triage_sends_the_outcome_code_only_never_the_reason_or_where_someone_was_signposted()
    {
        var journey = NewJourney();
        var triaged = Assert.IsType<JourneyTriaged>(Map(new ReferralTriaged(journey.Id, At, Given.Clinician, TriageOutcome.SignpostElsewhere,
            Personal.Of(journey.KeyworkerId, "REASONMARK"), "SIGNPOSTMARK Talking Therapies"), journey));

        Assert.Equal(("signpost-elsewhere", "2026-W10", "2026-03"), (triaged.Outcome, triaged.IsoWeek, triaged.Month));
        Assert.DoesNotContain("MARK", JsonSerializer.Serialize(triaged), StringComparison.Ordinal);
    }

    [Fact]
    public void Sessions_send_scores_and_endings_send_reason_codes_never_notes_or_summaries()
    {
        var journey = NewJourney();
        object?[] contracts =
        [
            Map(new TreatmentSessionRecorded(journey.Id, Guid.NewGuid(), 3, At, Given.Clinician, 7, 5, Personal.Of(journey.KeyworkerId, "NOTEMARK")), journey, 12),
            Map(new ClientDischarged(journey.Id, At, Given.Clinician, DischargeReason.MovedOn, Personal.Of(journey.KeyworkerId, "SUMMARYMARK")), journey, 13),
            Map(new JourneyWithdrawn(journey.Id, At, Personal.Of(journey.KeyworkerId, "WITHDRAWMARK")), journey, 14),
        ];

        var session = Assert.IsType<SessionMeasured>(contracts[0]);
        Assert.Equal((3, 7, 5, 12L), (session.SessionNumber, session.Phq9Total, session.Gad7Total, session.StreamVersion));
        Assert.Equal("moved-on", Assert.IsType<JourneyDischarged>(contracts[1]).Reason);
        Assert.Equal(("south", "2026-03"), (Assert.IsType<KeyworkerWithdrew>(contracts[2]).HubId, ((KeyworkerWithdrew)contracts[2]!).Month));
        var json = JsonSerializer.Serialize(contracts);
        Assert.DoesNotContain("MARK", json, StringComparison.Ordinal);
        Assert.DoesNotContain(journey.Id.ToString(), json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Given.Clinician.ToString(), json, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Every_code_the_clinical_side_can_send_is_one_the_contracts_define()
    {
        var journey = NewJourney();
        Assert.All(Enum.GetValues<TriageOutcome>(), o => Assert.Contains(((JourneyTriaged)Map(new ReferralTriaged(journey.Id, At, Given.Clinician, o, Personal.Of(journey.KeyworkerId, "r"), null), journey)!).Outcome, TriageOutcomes.All));
        Assert.All(Enum.GetValues<InterventionType>(), i => Assert.Contains(((JourneyAssessed)Map(new AssessmentCompleted(journey.Id, At, Given.Clinician, i, 1, 1, Personal.Of(journey.KeyworkerId, "f"), Personal.Of(journey.KeyworkerId, "p")), journey)!).Intervention, Interventions.All));
        Assert.All(Enum.GetValues<DischargeReason>(), r => Assert.Contains(((JourneyDischarged)Map(new ClientDischarged(journey.Id, At, Given.Clinician, r, null), journey)!).Reason, DischargeReasons.All));
        Assert.All(Enum.GetValues<RiskLevel>(), r => Assert.Contains(((JourneyScreened)Map(new ScreeningCompleted(journey.Id, At, ScreeningTakenBy.Keyworker, 5, 5, r), journey)!).Risk, RiskLevels.All));
        Assert.All(Enumerable.Range(0, 28), t => Assert.Contains(((JourneyScreened)Map(new ScreeningCompleted(journey.Id, At, ScreeningTakenBy.Keyworker, t, Math.Min(t, 21), RiskLevel.None), journey)!).Phq9Band!, SeverityBands.Phq9));
        Assert.All(Enum.GetValues<TeamActivityKind>(), k => Assert.Contains(((TeamActivityRecorded)Map(
            new TeamActivityCancelled(Guid.NewGuid(), At), new TeamActivity(Guid.NewGuid(), "north", k, "t", At, 60, Guid.NewGuid()))!).Kind, TeamActivityCodes.Kinds));
    }

    [Fact]
    public void A_team_activity_sends_type_Hub_period_and_head_count_never_its_team_or_facilitator()
    {
        var facilitator = Guid.NewGuid();
        var activity = new TeamActivity(Guid.NewGuid(), "north", TeamActivityKind.ReflectiveGroup, "TEAMMARK ward", At.AddDays(7), 90, facilitator);

        var held = Assert.IsType<TeamActivityRecorded>(Map(new TeamActivityHeld(activity.Id, At.AddDays(8), 11), activity, 2));
        var planned = Assert.IsType<TeamActivityRecorded>(Map(new TeamActivityPlanned(activity.Id, "north", activity.Kind, activity.Team, activity.StartsAt, 90, facilitator, At), activity, 1));

        Assert.Equal(("north", "2026-W11", "2026-03", "reflective-group", "held", (int?)11), (held.HubId, held.IsoWeek, held.Month, held.Kind, held.Status, held.AttendanceCount));
        Assert.Equal(("planned", (int?)null), (planned.Status, planned.AttendanceCount));
        Assert.Equal(Keys.ActivityKey(activity.Id), held.ActivityKey);
        Assert.NotEqual(Keys.JourneyKey(activity.Id), held.ActivityKey);
        var json = JsonSerializer.Serialize(new[] { held, planned });
        Assert.DoesNotContain("TEAMMARK", json, StringComparison.Ordinal);
        Assert.DoesNotContain(facilitator.ToString(), json, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Bookings_allocations_and_events_of_streams_without_a_snapshot_send_nothing()
    {
        var journey = NewJourney();
        Assert.Null(Map(new ClinicianAllocated(journey.Id, At, Given.Clinician, Given.Lead), journey));
        Assert.Null(Map(new AppointmentBooked(journey.Id, Guid.NewGuid(), At, AppointmentPurpose.Treatment, At, 50, ContactMode.Phone, false, Given.Clinician), journey));
        var orphan = Recorded(new ClientDischarged(journey.Id, At, Given.Clinician, DischargeReason.Completed, null), journey.Id);
        Assert.Null(Mapper.Map(orphan, MilestoneContext.Empty));
        Assert.False(MilestoneContext.Empty.HasSnapshotFor(orphan));
        Assert.True(MilestoneContext.Empty.HasSnapshotFor(Recorded(new PersonalDataShredded(journey.Id, At, Given.Lead, ShreddingGround.KeptWithoutNeed), journey.Id)));
    }
}
