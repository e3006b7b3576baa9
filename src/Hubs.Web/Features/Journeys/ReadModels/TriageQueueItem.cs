using Hubs.Web.Features.Journeys.AnsweringScreening;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Questionnaires;
using Marten.Events.Aggregation;

namespace Hubs.Web.Features.Journeys.ReadModels;

/// <summary>A referral waiting for triage in its Hub. No personal data: the queue shows risk and wait only.</summary>
public sealed record TriageQueueItem(
    Guid Id,
    string HubId,
    DateTimeOffset SubmittedAt,
    JourneyStatus Status,
    RiskLevel Risk,
    bool InQueue
)
{
    /// <summary>The keyworker asked to answer the screening questions by phone.</summary>
    public bool ByPhoneRequested { get; init; }
}

/// <summary>Inline, so a raised risk is at the top of the queue the moment it is recorded.</summary>
public sealed class TriageQueueProjection : SingleStreamProjection<TriageQueueItem, Guid>
{
    public static TriageQueueItem Create(SelfReferralSubmitted e) =>
        new(e.JourneyId, e.HubId, e.SubmittedAt, JourneyStatus.Submitted, RiskLevel.None, InQueue: true);

    public static TriageQueueItem Apply(ScreeningCompleted e, TriageQueueItem item) =>
        item with
        {
            Status = JourneyStatus.Screened,
            Risk = e.Risk > item.Risk ? e.Risk : item.Risk,
        };

    public static TriageQueueItem Apply(RiskFlagRaised e, TriageQueueItem item) =>
        item with
        {
            Risk = e.Level > item.Risk ? e.Level : item.Risk,
        };

    public static TriageQueueItem Apply(RiskConcernRaised e, TriageQueueItem item) =>
        item with
        {
            Risk = e.Level > item.Risk ? e.Level : item.Risk,
        };

    public static TriageQueueItem Apply(RiskAssessmentRecorded e, TriageQueueItem item) => item with { Risk = e.Level };

    public static TriageQueueItem Apply(ScreeningByPhoneRequested e, TriageQueueItem item) =>
        item with
        {
            ByPhoneRequested = true,
        };

    public static TriageQueueItem Apply(ReferralTriaged e, TriageQueueItem item) => item with { InQueue = false };

    public static TriageQueueItem Apply(ClientDischarged e, TriageQueueItem item) => item with { InQueue = false };

    public static TriageQueueItem Apply(JourneyWithdrawn e, TriageQueueItem item) => item with { InQueue = false };
}
