using Hubs.Web.Features.Journeys;
using Marten;

namespace Hubs.Web.Features.Privacy;

/// <summary>What an erasure did: the audit record, or null when the key was already gone.</summary>
public sealed record ErasureOutcome(KeyDestructionRecord? Record);

/// <summary>
/// Crypto-shredding of one keyworker (a hub lead's request, an operator's erasure or the retention run):
/// every journey of theirs gets a <see cref="PersonalDataShredded"/> event and the audit record is stored
/// first, then the key is destroyed, so no key disappears unrecorded. A keyworker without a key is left alone.
/// </summary>
public sealed class KeyworkerErasure(IDocumentStore store, KeyworkerKeys keys, TimeProvider clock)
{
    /// <summary>The <c>ShreddedBy</c> of an operator command's events: no staff member; the record says who ran it.</summary>
    public static readonly Guid Operator = Guid.Empty;

    public async Task<ErasureOutcome> EraseAsync(
        Guid keyworkerId, ShreddingGround ground, Guid shreddedBy, string requestedBy, string? reference, CancellationToken cancellationToken)
    {
        if (keys.Find(keyworkerId) is null)
        {
            return new ErasureOutcome(null);
        }

        var now = clock.GetUtcNow();
        await using var session = store.LightweightSession();
        var journeyIds = await session.Query<Journey>().Where(j => j.KeyworkerId == keyworkerId).Select(j => j.Id).ToListAsync(cancellationToken);
        foreach (var journeyId in journeyIds)
        {
            session.Events.Append(journeyId, new PersonalDataShredded(journeyId, now, shreddedBy, ground));
        }

        var record = new KeyDestructionRecord(Guid.CreateVersion7(), keyworkerId, [.. journeyIds], ground, requestedBy, reference, now);
        session.Store(record);
        await session.SaveChangesAsync(cancellationToken);
        await keys.DestroyAsync(keyworkerId, cancellationToken);
        return new ErasureOutcome(record);
    }
}
