using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Kernel;
using Hubs.Web.Features.Privacy;
using Marten;

namespace Hubs.Web.Features.Journeys.Searching;

/// <summary>A match as shown to the caller: with its name only when they may open the record.</summary>
public sealed record ShownMatch(SearchMatch Match, bool MayOpen);

/// <summary>
/// One staff search as the page and the API run it: the first <see cref="Shown"/> matches in the documented order
/// (open journeys first, then the newest referral), whether more match, whether the caller may open each (else only its
/// reference and status are shown, as the lists do), and the audit entry, saved with it.
/// </summary>
public static class StaffSearch
{
    /// <summary>A clinician looks for one person: a longer list would be read, not searched.</summary>
    public const int Shown = 50;

    public static async Task<(IReadOnlyList<ShownMatch> People, bool More)> RunAsync(
        IDocumentSession session,
        KeyworkerKeys keys,
        StaffMember me,
        StaffSearchQuery query,
        DateTimeOffset now,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(me);
        ArgumentNullException.ThrowIfNull(query);
        var found = await JourneySearch.FindAsync(session, keys, me.HubId, query, Shown, cancellationToken);
        var grants = await session
            .Query<BreakGlassGrant>()
            .Where(g => g.StaffId == me.Id)
            .ToListAsync(cancellationToken);
        var people = found
            .Matches.Select(m =>
            {
                var grant = grants.Where(g => g.JourneyId == m.Journey.Id && g.IsActive(now)).MaxBy(g => g.ExpiresAt);
                return new ShownMatch(
                    m,
                    AccessModel.ReadRecord.Admit(JourneyAccess.RelationOf(m.Journey, me, grant, now))
                );
            })
            .ToList();
        session.Store(
            new StaffSearchAudit(
                Guid.CreateVersion7(),
                me.HubId,
                me.Id,
                me.Role,
                now,
                query.Kind,
                [.. people.Select(p => p.Match.Journey.Id)]
            )
        );
        await session.SaveChangesAsync(cancellationToken);
        return (people, found.More);
    }
}
