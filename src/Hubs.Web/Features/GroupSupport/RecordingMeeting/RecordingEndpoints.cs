using Hubs.ServiceDefaults.Validation;
using Hubs.Web.Features.AdverseEvents.SupportingStaff;

namespace Hubs.Web.Features.GroupSupport.RecordingMeeting;

/// <summary>
/// Record a meeting held or cancelled: clinical staff on any series of their Hub, a peer supporter on the series they
/// facilitate (their own routes under <c>/api/peer-support</c>, behind the peer-supporter policy).
/// </summary>
public static class RecordingEndpoints
{
    private const string Meeting = "/group-series/{id:guid}/meetings/{meetingId:guid}";

    public static void MapRecordingGroupMeeting(IEndpointRouteBuilder staff, IEndpointRouteBuilder peer)
    {
        staff
            .MapPost(
                $"/api{Meeting}/held",
                (Guid id, Guid meetingId, RecordGroupMeetingHeld c, StaffMember me, HttpContext h, TimeProvider t) =>
                    Held(id, meetingId, c, GroupSeriesWrites.SeenBy(me), h, t)
            )
            .Describe<RecordGroupMeetingHeld>("RecordGroupMeetingHeld");
        staff
            .MapPost(
                $"/api{Meeting}/cancellation",
                (Guid id, Guid meetingId, CancelGroupMeeting c, StaffMember me, HttpContext h, TimeProvider t) =>
                    Cancel(id, meetingId, c, GroupSeriesWrites.SeenBy(me), h, t)
            )
            .Describe<CancelGroupMeeting>("CancelGroupMeeting");
        peer.MapPost(
                $"/api/peer-support{Meeting}/held",
                (
                    Guid id,
                    Guid meetingId,
                    RecordGroupMeetingHeld c,
                    PeerSupportCaller me,
                    HttpContext h,
                    TimeProvider t
                ) => Held(id, meetingId, c, GroupSeriesWrites.SeenBy(me), h, t)
            )
            .Describe<RecordGroupMeetingHeld>("RecordFacilitatedMeetingHeld");
        peer.MapPost(
                $"/api/peer-support{Meeting}/cancellation",
                (Guid id, Guid meetingId, CancelGroupMeeting c, PeerSupportCaller me, HttpContext h, TimeProvider t) =>
                    Cancel(id, meetingId, c, GroupSeriesWrites.SeenBy(me), h, t)
            )
            .Describe<CancelGroupMeeting>("CancelFacilitatedMeeting");
    }

    private static RouteHandlerBuilder Describe<TCommand>(this RouteHandlerBuilder endpoint, string name) =>
        endpoint.Validate<TCommand>().DescribesWrite<GroupSeriesWritten>().WithName(name).WithTags("Group series");

    private static Task<IResult> Held(
        Guid id,
        Guid meetingId,
        RecordGroupMeetingHeld command,
        Func<GroupSeries, bool> visible,
        HttpContext http,
        TimeProvider clock
    ) =>
        GroupSeriesWrites.WriteAsync(id, http, visible, s =>
            RecordMeetingDecisions.RecordHeld(s, meetingId, command, clock.GetUtcNow())
        );

    private static Task<IResult> Cancel(
        Guid id,
        Guid meetingId,
        CancelGroupMeeting command,
        Func<GroupSeries, bool> visible,
        HttpContext http,
        TimeProvider clock
    ) =>
        GroupSeriesWrites.WriteAsync(id, http, visible, s =>
            RecordMeetingDecisions.Cancel(s, meetingId, command, clock.GetUtcNow())
        );
}
