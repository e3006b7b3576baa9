using Hubs.Contracts.Journeys;
using Hubs.Contracts.TeamActivities;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Privacy;
using Hubs.Web.Features.Questionnaires;
using Hubs.Web.Features.TeamActivities;
using Hubs.Web.Tests.Journeys.Decisions;
using static Hubs.Web.Tests.Publishing.Mapping;

namespace Hubs.Web.Tests.Publishing;

public class ContractCodeTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

    private static Journey NewJourney() =>
        new(Guid.NewGuid(), "south", JourneyStatus.Assessed, At) { KeyworkerId = Guid.NewGuid() };

    [Fact]
    public void Every_code_the_clinical_side_can_send_is_one_the_contracts_define()
    {
        var journey = NewJourney();
        Assert.All(Enum.GetValues<TriageOutcome>(), o =>
            Assert.Contains(
                (
                    (JourneyTriaged)
                        Map(
                            new ReferralTriaged(
                                journey.Id,
                                At,
                                Given.Clinician,
                                o,
                                Personal.Of(journey.KeyworkerId, "r"),
                                null
                            ),
                            journey
                        )!
                ).Outcome,
                TriageOutcomes.All
            )
        );
        Assert.All(Enum.GetValues<InterventionType>(), i =>
            Assert.Contains(
                (
                    (JourneyAssessed)
                        Map(
                            new AssessmentCompleted(
                                journey.Id,
                                At,
                                Given.Clinician,
                                i,
                                1,
                                1,
                                Personal.Of(journey.KeyworkerId, "f"),
                                Personal.Of(journey.KeyworkerId, "p")
                            ),
                            journey
                        )!
                ).Intervention,
                Interventions.All
            )
        );
        Assert.All(Enum.GetValues<DischargeReason>(), r =>
            Assert.Contains(
                (
                    (JourneyDischarged)Map(new ClientDischarged(journey.Id, At, Given.Clinician, r, null), journey)!
                ).Reason,
                DischargeReasons.All
            )
        );
        Assert.All(Enum.GetValues<RiskLevel>(), r =>
            Assert.Contains(
                (
                    (JourneyScreened)
                        Map(new ScreeningCompleted(journey.Id, At, ScreeningTakenBy.Keyworker, 5, 5, r), journey)!
                ).Risk,
                RiskLevels.All
            )
        );
        Assert.All(Enumerable.Range(0, 28), t =>
            Assert.Contains(
                (
                    (JourneyScreened)
                        Map(
                            new ScreeningCompleted(
                                journey.Id,
                                At,
                                ScreeningTakenBy.Keyworker,
                                t,
                                Math.Min(t, 21),
                                RiskLevel.None
                            ),
                            journey
                        )!
                ).Phq9Band!,
                SeverityBands.Phq9
            )
        );
        Assert.All(Enum.GetValues<TeamActivityKind>(), k =>
            Assert.Contains(
                (
                    (TeamActivityRecorded)
                        Map(
                            new TeamActivityCancelled(Guid.NewGuid(), At),
                            new TeamActivity(Guid.NewGuid(), "north", k, "t", At, 60, Guid.NewGuid())
                        )!
                ).Kind,
                TeamActivityCodes.Kinds
            )
        );
    }
}
