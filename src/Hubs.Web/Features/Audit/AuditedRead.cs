using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Api;
using Marten;

namespace Hubs.Web.Features.Audit;

public enum OpenRefusal { None, NotFound, NeedsBreakGlass }

/// <summary>
/// The one door to an identifiable journey: checks access, records the read, then hands over the
/// journey. A refused clinician is told how to ask for break-glass access.
/// </summary>
public static class AuditedRead
{
    public static async Task<(Journey? Journey, IResult? Refused)> OpenAsync(
        IDocumentSession session, Guid journeyId, StaffMember staff, string what, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (journey, refusal) = await TryOpenAsync(session, journeyId, staff, what, now, cancellationToken);
        return refusal switch
        {
            OpenRefusal.None => (journey, null),
            OpenRefusal.NotFound => (null, JourneyProblems.NotFound()),
            _ => (null, TypedResults.Problem(
                title: "This journey is not on your caseload.",
                detail: $"To open it, ask for break-glass access with a reason: POST /api/journeys/{journeyId}/break-glass. It is recorded and shown to your hub lead.",
                statusCode: StatusCodes.Status403Forbidden)),
        };
    }

    /// <summary>The same door for the clinician pages, which answer a refusal with a page rather than a problem.</summary>
    public static async Task<(Journey? Journey, OpenRefusal Refusal)> TryOpenAsync(
        IDocumentSession session, Guid journeyId, StaffMember staff, string what, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(staff);
        var journey = await session.LoadAsync<Journey>(journeyId, cancellationToken);
        if (journey is null || journey.HubId != staff.HubId)
        {
            return (null, OpenRefusal.NotFound);
        }

        var grant = (await session.Query<BreakGlassGrant>()
                .Where(g => g.JourneyId == journeyId && g.StaffId == staff.Id)
                .ToListAsync(cancellationToken))
            .Where(g => g.IsActive(now))
            .MaxBy(g => g.ExpiresAt);
        var access = JourneyAccess.Decide(journey, staff, grant, now);
        if (!access.Allowed)
        {
            return (null, OpenRefusal.NeedsBreakGlass);
        }

        session.Store(new ReadAuditEntry(
            Guid.CreateVersion7(), journeyId, journey.HubId, staff.Id, staff.Role, now, what, access.Purpose, access.Grant is not null, access.Grant?.Reason));
        await session.SaveChangesAsync(cancellationToken);
        return (journey, OpenRefusal.None);
    }
}
