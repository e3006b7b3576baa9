using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.DischargingClient;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Journeys.ReferringOn;
using Hubs.Web.Features.Journeys.TriagingReferral;
using Hubs.Web.Features.ServiceDirectory;

namespace Hubs.Web.Tests.Journeys.Decisions;

public class OnwardReferralDecisionTests
{
    private static readonly ServiceListing Trauma = Listing("north", ServiceKind.SpecialistTrauma);

    private static ServiceListing Listing(string hub, ServiceKind kind, bool archived = false) =>
        new(Guid.NewGuid(), hub, new ServiceDetails(kind, "Trauma Clinic", "Letter from the Hub.", null, null))
        {
            Archived = archived,
        };

    private static ReferOn Refer(OnwardStage stage = OnwardStage.Review, OnwardKind kind = OnwardKind.Referral) =>
        new(stage, kind, Trauma.Id, OnwardReason.NeedsSpecialistCare, "Nightmares most nights.");

    private static Decision ReferOn(Journey journey, ServiceListing? service, ReferOn? command = null) =>
        ReferOnDecision.Decide(journey, command ?? Refer(), service, Guid.NewGuid(), Given.Clinician, Given.Now);

    [Fact]
    public void A_referral_names_the_services_kind_and_seals_the_note()
    {
        var recorded = Assert.IsType<OnwardReferralRecorded>(Assert.Single(ReferOn(Given.Allocated(), Trauma).Events));

        Assert.Equal((OnwardStage.Review, OnwardKind.Referral), (recorded.Stage, recorded.Kind));
        Assert.Equal((Trauma.Id, ServiceKind.SpecialistTrauma), (recorded.ServiceId, recorded.ServiceKind));
        Assert.Equal(OnwardReason.NeedsSpecialistCare, recorded.Reason);
        Assert.Equal("Nightmares most nights.", recorded.Note?.Value);
    }

    [Fact]
    public void Another_Hubs_service_is_not_found_an_archived_one_refused()
    {
        ReferOn(Given.Allocated(), Listing("south", ServiceKind.Gp)).Refused("service-not-found");
        ReferOn(Given.Allocated(), null).Refused("service-not-found");
        ReferOn(Given.Allocated(), Listing("north", ServiceKind.Gp, archived: true)).Refused("service-archived");
    }

    [Fact]
    public void A_review_needs_an_assessment_and_an_ended_journey_takes_no_referral()
    {
        ReferOn(Given.Triaged(), Trauma).Refused("not-assessed");
        Assert.False(ReferOn(Given.Triaged(), Trauma, Refer(OnwardStage.Assessment)).IsRefused);
        ReferOn(Given.Discharged(), Trauma).Refused("journey-ended");
    }

    [Fact]
    public void A_referral_stays_open_until_an_outcome_other_than_still_waiting()
    {
        var referred = Given.Allocated().After(ReferOn(Given.Allocated(), Trauma));
        var id = Assert.Single(referred.OnwardReferrals).Id;
        Assert.True(referred.FindOnwardReferral(id)!.IsOpen);

        var waiting = referred.After(Outcome(referred, id, OnwardOutcome.StillWaiting));
        Assert.True(waiting.FindOnwardReferral(id)!.IsOpen);
        var accepted = waiting.After(Outcome(waiting, id, OnwardOutcome.Accepted));
        Assert.False(accepted.FindOnwardReferral(id)!.IsOpen);

        Outcome(accepted, Guid.NewGuid(), OnwardOutcome.Declined).Refused("no-such-referral");
        var signposted = Given.Allocated().After(ReferOn(Given.Allocated(), Trauma, Refer(kind: OnwardKind.Signpost)));
        Assert.False(Assert.Single(signposted.OnwardReferrals).IsOpen);
    }

    [Fact]
    public void An_outcome_can_be_recorded_after_the_journey_ended()
    {
        var referred = Given.Allocated().After(ReferOn(Given.Allocated(), Trauma));
        var id = Assert.Single(referred.OnwardReferrals).Id;
        var discharged = referred.After(
            DischargeClientDecision.Decide(referred, new(DischargeReason.MovedOn, null), Given.Clinician, Given.Now)
        );
        Assert.False(Outcome(discharged, id, OnwardOutcome.Accepted).IsRefused);
    }

    [Fact]
    public void Signposting_at_triage_to_a_directory_service_is_recorded_as_an_onward_signpost()
    {
        var command = new TriageReferral(TriageOutcome.SignpostElsewhere, "Needs a GP first.", null, Trauma.Id);
        var decision = TriageReferralDecision.Decide(Given.Submitted(), command, Given.Clinician, Given.Now, Trauma);

        var triaged = Assert.IsType<ReferralTriaged>(decision.Events[0]);
        Assert.Null(triaged.SignpostedService());
        var signpost = Assert.IsType<OnwardReferralRecorded>(decision.Events[1]);
        Assert.Equal((OnwardStage.Triage, OnwardKind.Signpost), (signpost.Stage, signpost.Kind));
        Assert.Equal(OnwardReason.OutsideHubOffer, signpost.Reason);
        TriageReferralDecision
            .Decide(Given.Submitted(), command, Given.Clinician, Given.Now, Listing("south", ServiceKind.Gp))
            .Refused("service-not-found");
    }

    [Fact]
    public void Free_text_signposting_at_triage_stays_sealed_and_adds_no_onward_event()
    {
        var command = new TriageReferral(TriageOutcome.SignpostElsewhere, "Needs a GP.", "Dr Patel's surgery");
        var decision = TriageReferralDecision.Decide(Given.Submitted(), command, Given.Clinician, Given.Now);

        var triaged = Assert.IsType<ReferralTriaged>(Assert.Single(decision.Events));
        Assert.Null(triaged.SignpostedTo);
        Assert.Equal("Dr Patel's surgery", triaged.Signposted?.Value);
    }

    [Fact]
    public void A_discharge_as_moved_on_names_the_service_it_moved_on_to()
    {
        var command = new DischargeClient(DischargeReason.MovedOn, null, Trauma.Id);
        var decision = DischargeClientDecision.Decide(Given.Allocated(), command, Given.Clinician, Given.Now, Trauma);

        Assert.IsType<ClientDischarged>(decision.Events[^2]);
        var moved = Assert.IsType<ClientMovedOnTo>(decision.Events[^1]);
        Assert.Equal((Trauma.Id, ServiceKind.SpecialistTrauma), (moved.ServiceId, moved.ServiceKind));
        Assert.Equal(Trauma.Id, Given.Allocated().After(decision).MovedOnTo);
        DischargeClientDecision
            .Decide(Given.Allocated(), command, Given.Clinician, Given.Now, Listing("south", ServiceKind.Gp))
            .Refused("service-not-found");
    }

    private static Decision Outcome(Journey journey, Guid id, OnwardOutcome outcome) =>
        ReferOnDecision.Outcome(journey, id, new RecordOnwardOutcome(outcome), Given.Clinician, Given.Now);
}
