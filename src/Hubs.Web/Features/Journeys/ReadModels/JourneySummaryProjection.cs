using Hubs.Web.Features.Journeys.Events;
using Marten.Events.Aggregation;

namespace Hubs.Web.Features.Journeys.ReadModels;

/// <summary>
/// Folds <see cref="JourneySummary"/> with the rules the write-side journey uses (<see cref="JourneyFactRules"/>,
/// <see cref="AppointmentFold"/>): the pages and the decisions never disagree on where a journey stands.
/// </summary>
public sealed partial class JourneySummaryProjection : SingleStreamProjection<JourneySummary, Guid>
{
    public static JourneySummary Create(SelfReferralSubmitted e) =>
        new(e.JourneyId, e.HubId, e.KeyworkerId, e.SubmittedAt)
        {
            Status = JourneyStatus.Submitted,
            SealedWith = e.Person.OwnerId,
            PreviousJourneyId = e.PreviousJourneyId,
            AwaitingClaim = e.Origin?.Channel == ReferralChannel.Phone,
        };

    public static JourneySummary Apply(JourneyClaimed e, JourneySummary j) =>
        j with
        {
            KeyworkerId = e.Keyworker,
            AwaitingClaim = false,
        };

    public static JourneySummary Apply(ScreeningCompleted e, JourneySummary j) =>
        j with
        {
            Status = JourneyStatus.Screened,
            Risk = j.Risk.RaisedTo(e.Risk),
        };

    public static JourneySummary Apply(RiskFlagRaised e, JourneySummary j) =>
        j with
        {
            Risk = j.Risk.RaisedTo(e.Level),
        };

    public static JourneySummary Apply(RiskConcernRaised e, JourneySummary j) =>
        j with
        {
            Risk = j.Risk.RaisedTo(e.Level),
        };

    public static JourneySummary Apply(RiskAssessmentRecorded e, JourneySummary j) => j with { Risk = e.Level };

    public static JourneySummary Apply(SafetyPlanAgreed e, JourneySummary j) =>
        j with
        {
            SafetyPlanAgreedAt = e.AgreedAt,
        };

    public static JourneySummary Apply(ScreeningByPhoneRequested e, JourneySummary j) =>
        j with
        {
            ScreeningByPhoneRequested = true,
        };

    public static JourneySummary Apply(ReferralTriaged e, JourneySummary j) =>
        j with
        {
            Status = JourneyFactRules.AfterTriage(e.Outcome),
            TriageOutcome = e.Outcome,
            EndedAt = e.Outcome == TriageOutcome.Assess ? null : e.TriagedAt,
        };

    public static JourneySummary Apply(AssessmentCompleted e, JourneySummary j) =>
        j with
        {
            Status = JourneyStatus.Assessed,
            AssessedAt = e.AssessedAt,
            Intervention = e.Intervention,
        };

    public static JourneySummary Apply(ClinicianAllocated e, JourneySummary j) =>
        j with
        {
            Status = j.Status.AfterAllocation(),
            ClinicianId = e.ClinicianId,
        };

    public static JourneySummary Apply(ContactAttemptLogged e, JourneySummary j) =>
        j with
        {
            LastAttempt = j.LastAttempt.Latest(e),
            LastReachedAt = j.LastReachedAt.Reached(e),
        };

    public static JourneySummary Apply(ClientDischarged e, JourneySummary j) =>
        j with
        {
            Status = JourneyStatus.Discharged,
            EndedAt = e.DischargedAt,
        };

    public static JourneySummary Apply(JourneyWithdrawn e, JourneySummary j) =>
        j with
        {
            Status = JourneyStatus.Withdrawn,
            EndedAt = e.WithdrawnAt,
        };
}
