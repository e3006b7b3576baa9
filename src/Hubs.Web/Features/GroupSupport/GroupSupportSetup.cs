using Hubs.Web.Features.GroupSupport.ChangingFacilitator;
using Hubs.Web.Features.GroupSupport.ConfirmingProtectedTime;
using Hubs.Web.Features.GroupSupport.RatingMeeting;
using Hubs.Web.Features.GroupSupport.RecordingMeeting;
using Hubs.Web.Features.GroupSupport.ReviewingSeries;
using Hubs.Web.Features.GroupSupport.SchedulingMeeting;
using Hubs.Web.Features.GroupSupport.StartingGroupSeries;
using Hubs.Web.Features.TeamActivities.RatingTeamSession;
using JasperFx.Events.Projections;
using Marten;

namespace Hubs.Web.Features.GroupSupport;

/// <summary>
/// Reflective group series (intervision groups, clinical cafés): one stream per series holding its meetings, with
/// an inline snapshot that is also the lists' read model; its meetings are rated through the shared rating page.
/// </summary>
public static class GroupSupportSetup
{
    public static IServiceCollection AddGroupSupport(this IServiceCollection services) =>
        services
            .AddSingleton<IRatedSessions, GroupMeetingRatings>()
            .ConfigureMarten(options =>
            {
                options.Projections.Snapshot<GroupSeries>(SnapshotLifecycle.Inline);
                options.Schema.For<GroupSeries>().Index(s => s.HubId);
            });

    /// <summary>
    /// Clinical staff's endpoints go in their group, the lead's in theirs, the facilitating peer supporter's in theirs.
    /// </summary>
    public static void MapGroupSupport(
        IEndpointRouteBuilder staff,
        IEndpointRouteBuilder lead,
        IEndpointRouteBuilder peer
    )
    {
        ArgumentNullException.ThrowIfNull(lead);
        lead.MapChangingFacilitator();
        staff.MapStartingGroupSeries();
        staff.MapSchedulingGroupMeeting();
        staff.MapConfirmingProtectedTime();
        RecordingEndpoints.MapRecordingGroupMeeting(staff, peer);
        RatingEndpoints.MapRatingGroupMeeting(staff, peer);
        ReviewingEndpoints.MapReviewingGroupSeries(staff, peer);
    }
}
