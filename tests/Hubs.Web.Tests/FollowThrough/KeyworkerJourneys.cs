using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Tests.FollowThrough;

/// <summary>
/// Journeys of one keyworker in one Hub, written through the same stream start and events the API uses.
/// </summary>
internal static class KeyworkerJourneys
{
    public static Task<Guid> ReferAsync(IServiceProvider services, Guid keyworkerId, string hubId, DateTimeOffset at) =>
        SeededReferrals.SubmitAsync(
            services,
            SeededReferrals.Referral(hubId, "Jo Marsh", "jo.marsh@example.org"),
            keyworkerId,
            at
        );

    /// <summary>Something happens on the journey now: it becomes the latest activity.</summary>
    public static Task ScreenAsync(IServiceProvider services, Guid journeyId) =>
        SeededReferrals.AppendAsync(
            services,
            journeyId,
            new ScreeningCompleted(
                journeyId,
                DateTimeOffset.UtcNow,
                ScreeningTakenBy.ClinicianByPhone,
                12,
                9,
                RiskLevel.None
            )
        );

    public static Task WithdrawAsync(IServiceProvider services, Guid journeyId, DateTimeOffset at) =>
        SeededReferrals.AppendAsync(services, journeyId, new JourneyWithdrawn(journeyId, at, null));
}
