using Marten;

namespace Hubs.Web.Features.GroupSupport;

/// <summary>A write's answer: the series and its new version (also the ETag).</summary>
public sealed record GroupSeriesWritten(Guid Id, long Version);

/// <summary>The reads the group pages and API share, each filtered to one Hub (and facilitator) in the query.</summary>
public static class GroupSeriesStore
{
    public static async Task<IReadOnlyList<GroupSeries>> ListAsync(
        IQuerySession session,
        string hubId,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        var series = await session
            .Query<GroupSeries>()
            .Where(s => s.HubId == hubId)
            .OrderByDescending(s => s.StartedAt)
            .ToListAsync(cancellationToken);
        return [.. series];
    }

    /// <summary>The series a peer supporter facilitates: theirs alone, in their Hub.</summary>
    public static async Task<IReadOnlyList<GroupSeries>> FacilitatedByAsync(
        IQuerySession session,
        string hubId,
        Guid accountId,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        var series = await session
            .Query<GroupSeries>()
            .Where(s => s.HubId == hubId && s.FacilitatorAccountId == accountId)
            .OrderByDescending(s => s.StartedAt)
            .ToListAsync(cancellationToken);
        return [.. series];
    }
}
