using Marten;
using Microsoft.Extensions.Options;

namespace Hubs.Web.Features.Journeys.SubmittingSelfReferral;

/// <summary>
/// Loads and saves referral drafts; an expired draft is treated as gone even before the sweeper runs.
/// </summary>
public sealed class DraftStore(IDocumentSession session, TimeProvider clock, IOptions<DraftOptions> options)
{
    public IDocumentSession Session => session;

    public async Task<ReferralDraft?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var draft = await session.LoadAsync<ReferralDraft>(id, cancellationToken);
        return draft is not null && draft.ExpiresAt > clock.GetUtcNow() ? draft : null;
    }

    public async Task<ReferralDraft> CreateAsync(CancellationToken cancellationToken)
    {
        var draft = new ReferralDraft { Id = Guid.NewGuid() };
        await SaveAsync(draft, cancellationToken);
        return draft;
    }

    /// <summary>Each saved step keeps the draft for another full lifetime.</summary>
    public async Task SaveAsync(ReferralDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        draft.ExpiresAt = clock.GetUtcNow() + options.Value.Lifetime;
        session.Store(draft);
        await session.SaveChangesAsync(cancellationToken);
    }
}
