using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Journeys.SubmittingSelfReferral;
using Hubs.Web.Features.Privacy;
using Hubs.Web.Features.Questionnaires;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Web.Tests.FollowThrough;

/// <summary>
/// Journeys of one keyworker in one Hub, written through the same stream start and events the API uses.
/// </summary>
internal static class KeyworkerJourneys
{
    public static async Task<Guid> ReferAsync(
        IServiceProvider services,
        Guid keyworkerId,
        string hubId,
        DateTimeOffset at
    )
    {
        await using var scope = services.CreateAsyncScope();
        var session = scope.ServiceProvider.GetRequiredService<IDocumentSession>();
        var command = new SubmitSelfReferral(
            hubId,
            "Jo Marsh",
            "jo.marsh@example.org",
            null,
            null,
            Sector.Health,
            StaffGroup.Nursing,
            AgeBand.From25To34,
            Sex.Female,
            EthnicityGroup.White,
            Disability.No,
            "Low mood.",
            true,
            false
        );
        var journeyId = await SelfReferralStream.StartAsync(
            session,
            scope.ServiceProvider.GetRequiredService<KeyworkerKeys>(),
            command,
            at,
            keyworkerId,
            CancellationToken.None
        );
        await session.SaveChangesAsync();
        return journeyId;
    }

    /// <summary>Something happens on the journey now: it becomes the latest activity.</summary>
    public static Task ScreenAsync(IServiceProvider services, Guid journeyId) =>
        AppendAsync(
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
        AppendAsync(services, journeyId, new JourneyWithdrawn(journeyId, at, null));

    private static async Task AppendAsync(IServiceProvider services, Guid journeyId, object e)
    {
        await using var scope = services.CreateAsyncScope();
        var session = scope.ServiceProvider.GetRequiredService<IDocumentSession>();
        session.Events.Append(journeyId, e);
        await session.SaveChangesAsync();
    }
}
