using Hubs.Web.Features.AdverseEvents.SupportingStaff;
using Hubs.Web.Features.TeamActivities.RatingTeamSession;

namespace Hubs.Web.Features.GroupSupport.RatingMeeting;

/// <summary>
/// An opened rating's answer: the code to share, the page that asks the questions, the series' version.
/// </summary>
public sealed record MeetingRatingOpened(Guid Id, long Version, string Code, string RatePath);

/// <summary>
/// Open a held meeting's rating: clinical staff of the Hub, or the peer supporter who facilitates it.
/// </summary>
public static class RatingEndpoints
{
    private const string Rating = "/group-series/{id:guid}/meetings/{meetingId:guid}/rating";

    public static void MapRatingGroupMeeting(IEndpointRouteBuilder staff, IEndpointRouteBuilder peer)
    {
        staff
            .MapPost($"/api{Rating}", (Guid id, Guid meetingId, StaffMember me, HttpContext http, TimeProvider clock) =>
                OpenAsync(id, meetingId, GroupSeriesWrites.SeenBy(me), http, clock)
            )
            .DescribesWrite<MeetingRatingOpened>()
            .WithName("OpenGroupMeetingRating")
            .WithTags("Group series");
        peer.MapPost(
                $"/api/peer-support{Rating}",
                (Guid id, Guid meetingId, PeerSupportCaller me, HttpContext http, TimeProvider clock) =>
                    OpenAsync(id, meetingId, GroupSeriesWrites.SeenBy(me), http, clock)
            )
            .DescribesWrite<MeetingRatingOpened>()
            .WithName("OpenFacilitatedMeetingRating")
            .WithTags("Group series");
    }

    private static Task<IResult> OpenAsync(
        Guid id,
        Guid meetingId,
        Func<GroupSeries, bool> visible,
        HttpContext http,
        TimeProvider clock
    )
    {
        var code = TeamSessionRatingDecisions.NewCode();
        return StreamWrites.DecideAndAppendAsync(
            id,
            http,
            visible,
            s => MeetingRatingDecisions.Open(s, meetingId, code, clock.GetUtcNow()),
            version => new MeetingRatingOpened(id, version, code, $"/rate/{code}")
        );
    }
}
