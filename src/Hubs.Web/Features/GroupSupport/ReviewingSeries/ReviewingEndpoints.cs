using Hubs.Web.Features.AdverseEvents.SupportingStaff;
using Marten;

namespace Hubs.Web.Features.GroupSupport.ReviewingSeries;

/// <summary>One series with its patterns, as the overview shows it; the ETag is its version.</summary>
public sealed record GroupSeriesOverview(GroupSeries Series, SeriesPatterns Patterns);

/// <summary>
/// Read one series (clinical staff of its Hub) and the series a peer supporter facilitates (theirs only).
/// </summary>
public static class ReviewingEndpoints
{
    public static void MapReviewingGroupSeries(IEndpointRouteBuilder staff, IEndpointRouteBuilder peer)
    {
        staff
            .MapGet(
                "/api/group-series/{id:guid}",
                async (Guid id, StaffMember me, IQuerySession session, HttpResponse response, CancellationToken ct) =>
                {
                    var series = await session.LoadAsync<GroupSeries>(id, ct);
                    if (series is null || series.HubId != me.HubId)
                    {
                        return JourneyProblems.NotFound();
                    }

                    response.Headers.ETag = ETags.Of(series.Version);
                    return TypedResults.Ok(new GroupSeriesOverview(series, SeriesPatterns.Of(series)));
                }
            )
            .DescribesRead<GroupSeriesOverview>()
            .WithName("GroupSeriesDetail")
            .WithTags("Group series");
        peer.MapGet(
                "/api/peer-support/group-series",
                async (PeerSupportCaller me, IQuerySession session, CancellationToken ct) =>
                    TypedResults.Ok(await GroupSeriesStore.FacilitatedByAsync(session, me, ct))
            )
            .DescribesRead<List<GroupSeries>>()
            .WithName("FacilitatedGroupSeries")
            .WithTags("Group series")
            .WithSummary("The series the calling peer supporter facilitates, with their meetings.");
    }
}
