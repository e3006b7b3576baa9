using Hubs.ServiceDefaults.Validation;

namespace Hubs.Web.Features.GroupSupport.SchedulingMeeting;

public static class SchedulingEndpoint
{
    public static IEndpointRouteBuilder MapSchedulingGroupMeeting(this IEndpointRouteBuilder staff)
    {
        staff
            .MapPost(
                "/api/group-series/{id:guid}/meetings",
                (Guid id, ScheduleGroupMeeting command, StaffMember me, HttpContext http, TimeProvider clock) =>
                    GroupSeriesWrites.WriteAsync(id, http, GroupSeriesWrites.SeenBy(me), s =>
                        ScheduleGroupMeetingDecision.Decide(s, command, Guid.CreateVersion7(), clock.GetUtcNow())
                    )
            )
            .Validate<ScheduleGroupMeeting>()
            .DescribesWrite<GroupSeriesWritten>()
            .WithName("ScheduleGroupMeeting")
            .WithTags("Group series");
        return staff;
    }
}
