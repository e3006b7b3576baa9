using Marten;

namespace Hubs.Web.Features.ServiceDirectory;

/// <summary>Reads of a Hub's directory, always filtered by the Hub (pages, API and the journey forms).</summary>
public static class ServiceDirectoryRead
{
    /// <summary>The Hub's entries: those in use first, then archived ones, each by name.</summary>
    public static async Task<List<ServiceListing>> ForHubAsync(
        IQuerySession session,
        string hubId,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        var listings = await session
            .Query<ServiceListing>()
            .Where(s => s.HubId == hubId)
            .ToListAsync(cancellationToken);
        return [.. listings.OrderBy(s => s.Archived).ThenBy(s => s.Details.Name, StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>One entry of the Hub, or null (no such entry, or another Hub's: the same answer).</summary>
    public static async Task<ServiceListing?> EntryAsync(
        IQuerySession session,
        Guid id,
        string hubId,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        var listing = id == Guid.Empty ? null : await session.LoadAsync<ServiceListing>(id, cancellationToken);
        return listing?.HubId == hubId ? listing : null;
    }

    /// <summary>
    /// Entries by id, for showing the names a journey's referrals point at (any Hub filter is the caller's).
    /// </summary>
    public static async Task<IReadOnlyDictionary<Guid, ServiceListing>> ByIdAsync(
        IQuerySession session,
        IEnumerable<Guid> ids,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        var distinct = ids.Where(id => id != Guid.Empty).Distinct().ToArray();
        if (distinct.Length == 0)
        {
            return new Dictionary<Guid, ServiceListing>();
        }

        var listings = await session.LoadManyAsync<ServiceListing>(cancellationToken, distinct);
        return listings.ToDictionary(s => s.Id);
    }
}
