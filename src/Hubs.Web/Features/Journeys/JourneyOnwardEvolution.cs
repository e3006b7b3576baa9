using Hubs.Web.Features.Journeys.Events;

namespace Hubs.Web.Features.Journeys;

/// <summary>One onward referral or signpost as the decisions see it.</summary>
public sealed record OnwardStep(Guid Id, OnwardKind Kind, OnwardOutcome? Outcome)
{
    /// <summary>A referral is open until an outcome other than "still waiting"; a signpost never is.</summary>
    public bool IsOpen => Kind == OnwardKind.Referral && Outcome is null or OnwardOutcome.StillWaiting;
}

/// <summary>How onward referrals and stepped care move the journey on.</summary>
public sealed partial record Journey
{
    public IReadOnlyList<OnwardStep> OnwardReferrals { get; init; } = [];

    public Guid? MovedOnTo { get; init; }

    public OnwardStep? FindOnwardReferral(Guid id) => OnwardReferrals.FirstOrDefault(r => r.Id == id);

    public Journey Apply(OnwardReferralRecorded e) =>
        this with
        {
            OnwardReferrals = [.. OnwardReferrals, new OnwardStep(e.ReferralId, e.Kind, null)],
        };

    public Journey Apply(OnwardReferralOutcomeRecorded e) =>
        this with
        {
            OnwardReferrals =
            [
                .. OnwardReferrals.Select(r => r.Id == e.ReferralId ? r with { Outcome = e.Outcome } : r),
            ],
        };

    public Journey Apply(ClientMovedOnTo e) => this with { MovedOnTo = e.ServiceId };

    public Journey Apply(InterventionStepped e) => this with { Intervention = e.To };
}
