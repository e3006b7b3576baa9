using Hubs.Web.Features.Journeys;
using Marten;
using Marten.Services.BatchQuerying;

namespace Hubs.Web.Features.Journeys.Access;

public enum GateRefusal
{
    None,
    NotFound,
    NeedsBreakGlass,
}

/// <summary>
/// The one place a caller's relation to a journey is worked out and held against the rule of the endpoint
/// or page: reads (<see cref="AuditedRead"/>) and writes (<c>JourneyWrites</c>) alike. What the caller may
/// not see is "not found", exactly as for a journey that does not exist; a clinician of the journey's Hub
/// off their caseload is told they need break-glass (they could ask for it on any journey of their Hub).
/// </summary>
public static class JourneyGate
{
    public static Relations RelationOf(
        IJourneyFacts journey,
        JourneyCaller caller,
        BreakGlassGrant? grant,
        DateTimeOffset now
    )
    {
        ArgumentNullException.ThrowIfNull(journey);
        ArgumentNullException.ThrowIfNull(caller);
        var relation = caller.Keyworker?.Owns(journey) == true ? Relations.OwnJourney : Relations.None;
        return caller.Staff is { } staff ? relation | JourneyAccess.RelationOf(journey, staff, grant, now) : relation;
    }

    public static GateRefusal Check(JourneyRule rule, Relations relation)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return rule.Admit(relation) ? GateRefusal.None
            : relation.HasFlag(Relations.HubMember) && rule.Admits.HasFlag(Relations.BreakGlass)
                ? GateRefusal.NeedsBreakGlass
            : GateRefusal.NotFound;
    }

    /// <summary>
    /// The caller's latest unexpired break-glass grant on the journey, if they are staff and have one.
    /// </summary>
    public static async Task<BreakGlassGrant?> GrantAsync(
        IQuerySession session,
        Guid journeyId,
        JourneyCaller caller,
        DateTimeOffset now,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        var batch = session.CreateBatchQuery();
        var grant = GrantAsync(batch, journeyId, caller, now);
        await batch.Execute(cancellationToken);
        return await grant;
    }

    /// <summary>
    /// The same grant, read in a batch (with the journey, for a write: one round trip); null for a caller not staff.
    /// The one query of a caller's grants: the session's read above runs it as a batch of its own.
    /// </summary>
    public static async Task<BreakGlassGrant?> GrantAsync(
        IBatchedQuery batch,
        Guid journeyId,
        JourneyCaller caller,
        DateTimeOffset now
    )
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.Staff is not { } staff)
        {
            return null;
        }

        var grants = await batch
            .Query<BreakGlassGrant>()
            .Where(g => g.JourneyId == journeyId && g.StaffId == staff.Id)
            .ToList();
        return grants.Where(g => g.IsActive(now)).MaxBy(g => g.ExpiresAt);
    }

    /// <summary>
    /// Loads the journey for the rule, as the caller reads it (the write-side <see cref="Journey"/> for the API's
    /// answers, the pages' read model for a page); a staff read of the record is audited (who, when, which, why)
    /// first.
    /// </summary>
    public static async Task<(TJourney? Journey, GateRefusal Refusal)> OpenAsync<TJourney>(
        IDocumentSession session,
        Guid journeyId,
        JourneyCaller caller,
        JourneyRule rule,
        string what,
        DateTimeOffset now,
        CancellationToken cancellationToken
    )
        where TJourney : class, IJourneyFacts
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(rule);
        var journey = journeyId == Guid.Empty ? null : await session.LoadAsync<TJourney>(journeyId, cancellationToken);
        if (journey is null)
        {
            return (null, GateRefusal.NotFound);
        }

        var grant = await GrantAsync(session, journeyId, caller, now, cancellationToken);
        var relation = RelationOf(journey, caller, grant, now);
        var refusal = Check(rule, relation);
        if (refusal != GateRefusal.None)
        {
            return (null, refusal);
        }

        var asStaff = relation & ~Relations.OwnJourney;
        if (rule.ReadsRecord && caller.Staff is { } staff && rule.Admit(asStaff))
        {
            var purpose = JourneyAccess.PurposeOf(asStaff);
            var breakGlass = purpose == ReadPurpose.BreakGlass;
            session.Store(
                new ReadAuditEntry(
                    Guid.CreateVersion7(),
                    journeyId,
                    journey.HubId,
                    staff.Id,
                    staff.Role,
                    now,
                    what,
                    purpose,
                    breakGlass,
                    breakGlass ? grant?.Reason : null
                )
            );
            await session.SaveChangesAsync(cancellationToken);
        }

        return (journey, GateRefusal.None);
    }
}
