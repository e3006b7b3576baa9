using Hubs.ServiceDefaults.Validation;
using Hubs.Web.Features.AdverseEvents;
using Hubs.Web.Features.Shared;

namespace Hubs.Web.Features.GroupSupport.ConfirmingProtectedTime;

public static class ConfirmingEndpoint
{
    public static IEndpointRouteBuilder MapConfirmingProtectedTime(this IEndpointRouteBuilder staff)
    {
        staff
            .MapPost(
                "/api/group-series/{id:guid}/protected-time",
                (Guid id, ConfirmProtectedTime command, StaffMember me, HttpContext http, ClinicClock clock) =>
                    GroupSeriesWrites.WriteAsync(id, http, GroupSeriesWrites.SeenBy(me), s =>
                        ConfirmProtectedTimeDecision.Decide(s, command, AdverseEventStore.Today(clock), clock.Now)
                    )
            )
            .Validate<ConfirmProtectedTime>()
            .DescribesWrite<GroupSeriesWritten>()
            .WithName("ConfirmProtectedTime")
            .WithTags("Group series");
        return staff;
    }
}
