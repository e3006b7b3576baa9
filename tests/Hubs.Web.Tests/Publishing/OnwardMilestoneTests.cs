using Hubs.Contracts.Journeys;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Privacy;
using Hubs.Web.Features.ServiceDirectory;
using Hubs.Web.Tests.Journeys.Decisions;
using static Hubs.Web.Tests.Publishing.Mapping;

namespace Hubs.Web.Tests.Publishing;

/// <summary>
/// Onward referrals and steps of care travel as codes only: the destination's kind (every kind one the contracts
/// define), never the service's name, id, the note or the referral's id; the referral by its number in the journey.
/// </summary>
public class OnwardMilestoneTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

    private static OnwardReferralRecorded Referred(Journey j, Guid id, ServiceKind kind) =>
        new(
            j.Id,
            id,
            At,
            Given.Clinician,
            OnwardStage.Review,
            OnwardKind.Referral,
            Guid.NewGuid(),
            kind,
            OnwardReason.NeedsSpecialistCare,
            Personal.Of(j.KeyworkerId, "Small Town Veterans Charity")
        );

    [Fact]
    public void A_referral_carries_its_number_and_the_destination_kind_only()
    {
        var first = Guid.NewGuid();
        var second = Guid.NewGuid();
        var journey = Given
            .Allocated()
            .Then(j => Referred(j, first, ServiceKind.Gp))
            .Then(j => Referred(j, second, ServiceKind.CharityOrHelpline));

        var sent = Assert.IsType<JourneyReferredOn>(
            Map(Referred(journey, second, ServiceKind.CharityOrHelpline), journey)
        );
        Assert.Equal((2, "review", "referral"), (sent.ReferralNumber, sent.Stage, sent.Kind));
        Assert.Equal(("charity-or-helpline", "needs-specialist-care"), (sent.DestinationKind, sent.Reason));
        Assert.DoesNotContain("Charity", System.Text.Json.JsonSerializer.Serialize(sent), StringComparison.Ordinal);
        var answered = Assert.IsType<OnwardReferralAnswered>(
            Map(
                new OnwardReferralOutcomeRecorded(journey.Id, first, At, Given.Clinician, OnwardOutcome.StillWaiting),
                journey
            )
        );
        Assert.Equal((1, "still-waiting"), (answered.ReferralNumber, answered.Outcome));
    }

    [Fact]
    public void Every_code_the_clinical_side_can_send_is_one_the_contracts_define()
    {
        var id = Guid.NewGuid();
        var journey = Given.Allocated().Then(j => Referred(j, id, ServiceKind.Gp));
        Assert.All(Enum.GetValues<ServiceKind>(), kind =>
            Assert.Contains(
                ((JourneyReferredOn)Map(Referred(journey, id, kind), journey)!).DestinationKind,
                OnwardCodes.DestinationKinds
            )
        );
        Assert.All(Enum.GetValues<OnwardOutcome>(), o =>
            Assert.Contains(
                (
                    (OnwardReferralAnswered)
                        Map(new OnwardReferralOutcomeRecorded(journey.Id, id, At, Given.Clinician, o), journey)!
                ).Outcome,
                OnwardCodes.Outcomes
            )
        );
        Assert.All(Enum.GetValues<OnwardStage>(), s =>
            Assert.Contains(
                ((JourneyReferredOn)Map(Referred(journey, id, ServiceKind.Gp) with { Stage = s }, journey)!).Stage,
                OnwardCodes.Stages
            )
        );
        Assert.All(Enum.GetValues<OnwardReason>(), r =>
            Assert.Contains(
                ((JourneyReferredOn)Map(Referred(journey, id, ServiceKind.Gp) with { Reason = r }, journey)!).Reason,
                OnwardCodes.Reasons
            )
        );
        Assert.All(Enum.GetValues<OnwardKind>(), k =>
            Assert.Contains(
                ((JourneyReferredOn)Map(Referred(journey, id, ServiceKind.Gp) with { Kind = k }, journey)!).Kind,
                OnwardCodes.Kinds
            )
        );
        var stepped = (CareStepped)
            Map(
                new InterventionStepped(
                    journey.Id,
                    At,
                    Given.Clinician,
                    InterventionType.GuidedSelfHelp,
                    InterventionType.TraumaFocusedCbt,
                    StepDirection.Up,
                    StepReason.NotImproving,
                    Personal.Of(journey.KeyworkerId, "r")
                ),
                journey
            )!;
        Assert.Equal(("guided-self-help", "trauma-focused-cbt", "up"), (stepped.From, stepped.To, stepped.Direction));
        Assert.All(Enum.GetValues<StepDirection>(), d => Assert.Contains(CodesOf(d), OnwardCodes.Directions));
    }

    private static string CodesOf(StepDirection d) =>
        (
            (CareStepped)
                Map(
                    new InterventionStepped(
                        Guid.Empty,
                        At,
                        Given.Clinician,
                        InterventionType.Cbt,
                        InterventionType.Emdr,
                        d,
                        StepReason.Other,
                        Personal.Of(Guid.Empty, "r")
                    ),
                    Given.Allocated()
                )!
        ).Direction;
}
