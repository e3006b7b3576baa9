using System.Text.Json;
using Hubs.Contracts.Journeys;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Privacy;
using Hubs.Web.Features.Publishing;
using Hubs.Web.Tests.Journeys.Decisions;
using static Hubs.Web.Tests.Publishing.Mapping;

namespace Hubs.Web.Tests.Publishing;

public class EndingMapperTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

    private static Journey NewJourney() =>
        new(Guid.NewGuid(), "south", JourneyStatus.Assessed, At) { KeyworkerId = Guid.NewGuid() };

    [Fact]
    public void Triage_sends_the_outcome_code_only_never_the_reason_or_where_someone_was_signposted()
    {
        var journey = NewJourney();
        var triaged = Assert.IsType<JourneyTriaged>(
            Map(
                new ReferralTriaged(
                    journey.Id,
                    At,
                    Given.Clinician,
                    TriageOutcome.SignpostElsewhere,
                    Personal.Of(journey.KeyworkerId, "REASONMARK"),
                    "SIGNPOSTMARK Talking Therapies"
                ),
                journey
            )
        );

        Assert.Equal(("signpost-elsewhere", "2026-W10", "2026-03"), (triaged.Outcome, triaged.IsoWeek, triaged.Month));
        Assert.DoesNotContain("MARK", JsonSerializer.Serialize(triaged), StringComparison.Ordinal);
    }

    [Fact]
    public void Sessions_send_scores_and_endings_send_reason_codes_never_notes_or_summaries()
    {
        var journey = NewJourney();
        object?[] contracts =
        [
            Map(
                new TreatmentSessionRecorded(
                    journey.Id,
                    Guid.NewGuid(),
                    3,
                    At,
                    Given.Clinician,
                    7,
                    5,
                    Personal.Of(journey.KeyworkerId, "NOTEMARK")
                ),
                journey,
                12
            ),
            Map(
                new ClientDischarged(
                    journey.Id,
                    At,
                    Given.Clinician,
                    DischargeReason.MovedOn,
                    Personal.Of(journey.KeyworkerId, "SUMMARYMARK")
                ),
                journey,
                13
            ),
            Map(new JourneyWithdrawn(journey.Id, At, Personal.Of(journey.KeyworkerId, "WITHDRAWMARK")), journey, 14),
        ];

        var session = Assert.IsType<SessionMeasured>(contracts[0]);
        Assert.Equal(
            (3, 7, 5, 12L),
            (session.SessionNumber, session.Phq9Total, session.Gad7Total, session.StreamVersion)
        );
        Assert.Equal("moved-on", Assert.IsType<JourneyDischarged>(contracts[1]).Reason);
        Assert.Equal(
            ("south", "2026-03"),
            (Assert.IsType<KeyworkerWithdrew>(contracts[2]).HubId, ((KeyworkerWithdrew)contracts[2]!).Month)
        );
        var json = JsonSerializer.Serialize(contracts);
        Assert.DoesNotContain("MARK", json, StringComparison.Ordinal);
        Assert.DoesNotContain(journey.Id.ToString(), json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Given.Clinician.ToString(), json, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Bookings_allocations_and_events_of_streams_without_a_snapshot_send_nothing()
    {
        var journey = NewJourney();
        Assert.Null(Map(new ClinicianAllocated(journey.Id, At, Given.Clinician, Given.Lead), journey));
        Assert.Null(
            Map(
                new AppointmentBooked(
                    journey.Id,
                    Guid.NewGuid(),
                    At,
                    AppointmentPurpose.Treatment,
                    At,
                    50,
                    ContactMode.Phone,
                    false,
                    Given.Clinician
                ),
                journey
            )
        );
        var orphan = Recorded(
            new ClientDischarged(journey.Id, At, Given.Clinician, DischargeReason.Completed, null),
            journey.Id
        );
        Assert.Null(Mapper.Map(orphan, MilestoneContext.Empty));
        Assert.False(MilestoneContext.Empty.HasSnapshotFor(orphan));
        Assert.True(
            MilestoneContext.Empty.HasSnapshotFor(
                Recorded(
                    new PersonalDataShredded(journey.Id, At, Given.Lead, ShreddingGround.KeptWithoutNeed),
                    journey.Id
                )
            )
        );
    }
}
