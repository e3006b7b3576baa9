using Marten;

namespace Hubs.Web.Features.AdverseEvents.TakingUpHandOver;

/// <summary>
/// Finds the event of the journey's Hub that gave the code and appends the link to its stream. A code of another
/// Hub, an unknown code or one already taken up links nothing, and the referral goes ahead just the same.
/// </summary>
public sealed class HandOverLinks : IHandOverLinks
{
    public async Task<bool> LinkAsync(
        IDocumentSession session,
        string code,
        string hubId,
        Guid journeyId,
        DateTimeOffset now,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        var adverse = await session
            .Query<AdverseEvent>()
            .Where(e => e.HubId == hubId && e.HandOverCodes.Contains(code))
            .FirstOrDefaultAsync(cancellationToken);
        if (adverse is null || LinkHandOverDecision.Decide(adverse, code, journeyId, now) is not { } linked)
        {
            return false;
        }

        session.Events.Append(adverse.Id, linked);
        return true;
    }
}
