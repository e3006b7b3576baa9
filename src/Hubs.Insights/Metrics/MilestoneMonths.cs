namespace Hubs.Insights.Metrics;

/// <summary>
/// When a journey reached each step, as coarse as the contracts carry it: the ISO week of the referral
/// ("2026-W07") and the months ("yyyy-MM") of triage, assessment, the first attended treatment appointment
/// and the end (discharge or withdrawal, whichever came first). Null while the step is not reached.
/// </summary>
public sealed record MilestoneMonths(
    string? ReferralWeek = null,
    string? Triaged = null,
    string? Assessed = null,
    string? FirstTreatment = null,
    string? Ended = null
)
{
    public static MilestoneMonths None { get; } = new();
}
