using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Journeys.Searching;
using Hubs.Web.Features.Privacy;
using Marten;

namespace Hubs.Web.Features.Erasure;

/// <summary>What an erasure did: the audit record, or null when there was no key left to destroy.</summary>
public sealed record ErasureOutcome(KeyDestructionRecord? Record);

/// <summary>
/// Crypto-shredding. Each journey's personal data is sealed with the journey's own data key, so a Hub's
/// lead shreds one journey of their Hub (<see cref="EraseJourneyAsync"/>) and never touches the keyworker's
/// journeys elsewhere; the operator's erasure of a person and the retention run destroy every journey's key
/// (<see cref="EraseAsync"/>). Each journey gets a <see cref="PersonalDataShredded"/> event and the audit
/// record is stored first, then the keys are destroyed, so no key disappears unrecorded. Data written before
/// keys were per journey is sealed with the keyworker's key, which only the operator's erasure destroys
/// while the keyworker has other journeys.
/// </summary>
public sealed class KeyworkerErasure(IDocumentStore store, KeyworkerKeys keys, TimeProvider clock)
{
    /// <summary>
    /// The <c>ShreddedBy</c> of an operator command's events: no staff member; the record says who ran it.
    /// </summary>
    public static readonly Guid Operator = Guid.Empty;

    public async Task<ErasureOutcome> EraseJourneyAsync(
        Journey journey,
        ShreddingGround ground,
        Guid shreddedBy,
        string requestedBy,
        string? reference,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(journey);
        await using var session = store.LightweightSession();
        var shared =
            journey.SealedWith != journey.Id
            && await session
                .Query<Journey>()
                .AnyAsync(j => j.KeyworkerId == journey.KeyworkerId && j.Id != journey.Id, cancellationToken);

        // A key shared with the keyworker's other journeys (recorded before keys were per journey) is left alone.
        Guid[] keyIds = shared ? [] : [journey.SealedWith];
        return await ShredAsync(
            session,
            journey.KeyworkerId,
            [journey.Id],
            keyIds,
            ground,
            shreddedBy,
            requestedBy,
            reference,
            cancellationToken
        );
    }

    public async Task<ErasureOutcome> EraseAsync(
        Guid keyworkerId,
        ShreddingGround ground,
        Guid shreddedBy,
        string requestedBy,
        string? reference,
        CancellationToken cancellationToken
    )
    {
        await using var session = store.LightweightSession();
        var journeyIds = await session
            .Query<Journey>()
            .Where(j => j.KeyworkerId == keyworkerId)
            .Select(j => j.Id)
            .ToListAsync(cancellationToken);
        return await ShredAsync(
            session,
            keyworkerId,
            journeyIds,
            [.. journeyIds, keyworkerId],
            ground,
            shreddedBy,
            requestedBy,
            reference,
            cancellationToken
        );
    }

    private async Task<ErasureOutcome> ShredAsync(
        IDocumentSession session,
        Guid keyworkerId,
        IReadOnlyList<Guid> journeyIds,
        IReadOnlyList<Guid> keyIds,
        ShreddingGround ground,
        Guid shreddedBy,
        string requestedBy,
        string? reference,
        CancellationToken cancellationToken
    )
    {
        var live = keyIds.Where(id => keys.Find(id) is not null).ToList();
        if (live.Count == 0)
        {
            return new ErasureOutcome(null);
        }

        var now = clock.GetUtcNow();
        foreach (var journeyId in journeyIds)
        {
            session.Events.Append(journeyId, new PersonalDataShredded(journeyId, now, shreddedBy, ground));
            session.Delete<ReferralPreferences>(journeyId);
        }

        SearchIndex.Forget(session, journeyIds);

        var record = new KeyDestructionRecord(
            Guid.CreateVersion7(),
            keyworkerId,
            [.. journeyIds],
            ground,
            requestedBy,
            reference,
            now
        );
        session.Store(record);
        await session.SaveChangesAsync(cancellationToken);
        foreach (var keyId in live)
        {
            await keys.DestroyAsync(keyId, cancellationToken);
        }

        // A migrate filling the search index meanwhile holds the keys it read with until its rows are written: once
        // the keys are gone those rows are visible, and go too.
        await using var after = store.LightweightSession();
        SearchIndex.Forget(after, journeyIds);
        await after.SaveChangesAsync(cancellationToken);

        return new ErasureOutcome(record);
    }
}
