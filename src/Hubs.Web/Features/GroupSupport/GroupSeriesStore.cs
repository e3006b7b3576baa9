using Hubs.Web.Features.AdverseEvents.SupportingStaff;
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

    /// <summary>The series a peer supporter facilitates: theirs alone, in their Hub, while on its register.</summary>
    public static async Task<IReadOnlyList<GroupSeries>> FacilitatedByAsync(
        IQuerySession session,
        PeerSupportCaller me,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(me);
        var series = await session
            .Query<GroupSeries>()
            .Where(s => s.HubId == me.HubId && s.FacilitatorAccountId == me.AccountId)
            .OrderByDescending(s => s.StartedAt)
            .ToListAsync(cancellationToken);
        return [.. series.Where(s => GroupSeriesWrites.Facilitates(me, s))];
    }
}
