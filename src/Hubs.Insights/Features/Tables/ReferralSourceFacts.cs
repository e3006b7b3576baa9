namespace Hubs.Insights.Features.Tables;

/// <summary>
/// Where one pseudonymous journey's referral came from: category codes and the referral month only.
/// </summary>
public sealed record ReferralSourceFacts(
    string JourneyKey,
    string HubId,
    string ReferralMonth,
    string Sector,
    string HeardFrom,
    string Channel
);

/// <summary>Where the referral-sources table gets its facts (the store, or a test's own cohort).</summary>
public interface IReferralSourceSource
{
    Task<IReadOnlyList<ReferralSourceFacts>> LoadAsync(
        IReadOnlySet<string> hubIds,
        CancellationToken cancellationToken
    );
}
