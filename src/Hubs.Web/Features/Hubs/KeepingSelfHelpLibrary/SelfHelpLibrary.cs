using Marten;

namespace Hubs.Web.Features.Hubs.KeepingSelfHelpLibrary;

/// <summary>
/// A Hub's library, the one place it is read and changed (pages, API and the keyworker's view alike); every change
/// is scoped to the Hub the caller administers. At most <see cref="MaxItems"/> entries, oldest first.
/// </summary>
public static class SelfHelpLibrary
{
    public const int MaxItems = 50;

    public static async Task<IReadOnlyList<SelfHelpItem>> ListAsync(
        IQuerySession session,
        string hubId,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        return await session
            .Query<SelfHelpItem>()
            .Where(i => i.HubId == hubId)
            .OrderBy(i => i.AddedAt)
            .Take(MaxItems)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Adds a validated entry; false when the library is full.</summary>
    public static async Task<SelfHelpItem?> AddAsync(
        IDocumentSession session,
        string hubId,
        AddSelfHelpItem item,
        Guid admin,
        DateTimeOffset now,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(item);
        if (await session.Query<SelfHelpItem>().CountAsync(i => i.HubId == hubId, cancellationToken) >= MaxItems)
        {
            return null;
        }

        var added = new SelfHelpItem
        {
            Id = Guid.CreateVersion7(),
            HubId = hubId,
            Title = item.Title!.Trim(),
            Summary = item.Summary!.Trim(),
            Link = AddSelfHelpItemValidator.SafeLink(item.Link)!,
            AddedAt = now,
            AddedBy = admin,
        };
        session.Store(added);
        await session.SaveChangesAsync(cancellationToken);
        return added;
    }

    /// <summary>
    /// Removes an entry of this Hub only; another Hub's entry is "not found", like one that does not exist.
    /// </summary>
    public static async Task<bool> RemoveAsync(
        IDocumentSession session,
        string hubId,
        Guid id,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        var item = id == Guid.Empty ? null : await session.LoadAsync<SelfHelpItem>(id, cancellationToken);
        if (item is null || item.HubId != hubId)
        {
            return false;
        }

        session.Delete(item);
        await session.SaveChangesAsync(cancellationToken);
        return true;
    }
}
