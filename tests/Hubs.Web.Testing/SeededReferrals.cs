using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.SubmittingSelfReferral;
using Hubs.Web.Features.Privacy;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Web.Testing;

/// <summary>
/// A self-referral written straight into a host's store through the same stream start the API uses: for a host whose
/// API test-issuer tokens cannot reach (the signed-in fixture) and for journeys dated in the past.
/// </summary>
public static class SeededReferrals
{
    public static SubmitSelfReferral Referral(
        string hubId = "north",
        string name = "Sam Rivers",
        string email = "sam.rivers@example.org",
        string? phone = null,
        string? organisation = null,
        string helpWith = "Low mood."
    ) =>
        new(
            hubId,
            name,
            email,
            phone,
            organisation,
            Sector.Health,
            StaffGroup.Nursing,
            AgeBand.From25To34,
            Sex.Female,
            EthnicityGroup.White,
            Disability.No,
            helpWith,
            true,
            false
        );

    /// <summary>
    /// Starts the journey and saves it, with whatever <paramref name="alongside"/> stores in the same session.
    /// </summary>
    public static async Task<Guid> SubmitAsync(
        IServiceProvider services,
        SubmitSelfReferral referral,
        Guid keyworkerId,
        DateTimeOffset at,
        Action<IDocumentSession, Guid>? alongside = null
    )
    {
        await using var scope = services.CreateAsyncScope();
        var session = scope.ServiceProvider.GetRequiredService<IDocumentSession>();
        var journeyId = await SelfReferralStream.StartAsync(
            session,
            scope.ServiceProvider.GetRequiredService<KeyworkerKeys>(),
            referral,
            at,
            keyworkerId,
            CancellationToken.None
        );
        alongside?.Invoke(session, journeyId);
        await session.SaveChangesAsync();
        return journeyId;
    }

    /// <summary>Appends events to a journey as the host would, in a session of its own.</summary>
    public static async Task AppendAsync(IServiceProvider services, Guid journeyId, params object[] events)
    {
        await using var scope = services.CreateAsyncScope();
        var session = scope.ServiceProvider.GetRequiredService<IDocumentSession>();
        session.Events.Append(journeyId, events);
        await session.SaveChangesAsync();
    }
}
