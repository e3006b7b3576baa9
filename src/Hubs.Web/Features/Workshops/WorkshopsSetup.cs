using Hubs.Web.Features.Kernel;
using Hubs.Web.Features.Workshops.AnsweringWorkshopMeasure;
using Hubs.Web.Features.Workshops.BookingCoachingCall;
using Hubs.Web.Features.Workshops.BookingPlace;
using Hubs.Web.Features.Workshops.BrowsingWorkshops;
using Hubs.Web.Features.Workshops.CancellingPlace;
using Hubs.Web.Features.Workshops.RecordingAttendance;
using Hubs.Web.Features.Workshops.SchedulingWorkshop;
using JasperFx.Events.Projections;
using Marten;

namespace Hubs.Web.Features.Workshops;

/// <summary>
/// Resilience workshops with follow-up coaching: one stream per workshop (its places and coaching calls inside,
/// so capacity is one stream's version check) with an inline snapshot that is every page's read model.
/// </summary>
public static class WorkshopsSetup
{
    public static IServiceCollection AddWorkshops(this IServiceCollection services) =>
        services
            .AddScoped<PlaceBooking>()
            .AddScoped<CoachingBooking>()
            .ConfigureMarten(options =>
            {
                options.Projections.Snapshot<Workshop>(SnapshotLifecycle.Inline);
                options.Schema.For<Workshop>().Index(w => w.HubId).Index(w => w.StartsAt);
                options.Schema.For<RosterRead>().Index(r => r.HubId);
                options.Projections.Add<WorkshopCallsProjection>(ProjectionLifecycle.Inline);
                options.Schema.For<WorkshopCalls>().Index(w => w.HubId).GinIndexJsonData();
            });

    /// <summary>Each endpoint goes in the group whose policy it needs; the public list allows anyone.</summary>
    public static void MapWorkshops(
        IEndpointRouteBuilder anyone,
        IEndpointRouteBuilder keyworker,
        IEndpointRouteBuilder staff
    )
    {
        staff.MapSchedulingWorkshops();
        staff.MapRecordingAttendance();
        keyworker.MapBookingPlace();
        keyworker.MapCancellingPlace();
        keyworker.MapAnsweringWorkshopMeasure();
        CoachingEndpoints.MapBookingCoachingCall(keyworker, staff);
        BrowsingEndpoints.MapBrowsingWorkshops(anyone, keyworker);
    }
}
