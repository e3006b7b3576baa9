using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Features.Journeys;

/// <summary>How each event moves the journey on. Marten calls these by convention to keep the snapshot.</summary>
public sealed partial record Journey
{
    public static Journey Create(SelfReferralSubmitted submitted)
    {
        ArgumentNullException.ThrowIfNull(submitted);
        return new(submitted.JourneyId, submitted.HubId, JourneyStatus.Submitted, submitted.SubmittedAt)
        {
            KeyworkerId = submitted.KeyworkerId,
            SealedWith = submitted.Person.OwnerId,
            PreviousJourneyId = submitted.PreviousJourneyId,
            AwaitingClaim = submitted.Origin?.Channel == ReferralChannel.Phone,
        };
    }

    public Journey Apply(ScreeningCompleted e) =>
        this with
        {
            Status = JourneyStatus.Screened,
            Risk = Risk.RaisedTo(e.Risk),
        };

    public Journey Apply(RiskFlagRaised e) => this with { Risk = Risk.RaisedTo(e.Level) };

    public Journey Apply(RiskConcernRaised e) => this with { Risk = Risk.RaisedTo(e.Level) };

    /// <summary>A risk assessment sets the current risk (it may lower it); a later signal raises it again.</summary>
    public Journey Apply(RiskAssessmentRecorded e) => this with { Risk = e.Level };

    public Journey Apply(SafetyPlanAgreed e) => this with { SafetyPlanAgreedAt = e.AgreedAt };

    public Journey Apply(Events.ScreeningByPhoneRequested e) => this with { ScreeningByPhoneRequested = true };

    public Journey Apply(ReferralTriaged e) =>
        this with
        {
            Status = JourneyFactRules.AfterTriage(e.Outcome),
            TriageOutcome = e.Outcome,
            EndedAt = e.Outcome == Codes.TriageOutcome.Assess ? null : e.TriagedAt,
        };

    public Journey Apply(AssessmentCompleted e) =>
        this with
        {
            Status = JourneyStatus.Assessed,
            AssessedAt = e.AssessedAt,
            Intervention = e.Intervention,
        };

    public Journey Apply(ClinicianAllocated e) =>
        this with
        {
            Status = Status.AfterAllocation(),
            ClinicianId = e.ClinicianId,
        };

    public Journey Apply(TreatmentSessionRecorded e) =>
        this with
        {
            SessionsRecorded = SessionsRecorded + 1,
            Appointments = Appointments.SessionRecorded(e),
        };

    public Journey Apply(ClientDischarged e) =>
        this with
        {
            Status = JourneyStatus.Discharged,
            EndedAt = e.DischargedAt,
            DischargeReason = e.Reason,
        };

    public Journey Apply(JourneyWithdrawn e) => this with { Status = JourneyStatus.Withdrawn, EndedAt = e.WithdrawnAt };
}
