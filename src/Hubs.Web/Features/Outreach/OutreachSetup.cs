using Hubs.Web.Features.Outreach.RecordingOutreach;
using JasperFx.Events.Projections;
using Marten;

namespace Hubs.Web.Features.Outreach;

/// <summary>Outreach: one stream per contact, its inline snapshot the list's read model.</summary>
public static class OutreachSetup
{
    public static IServiceCollection AddOutreach(this IServiceCollection services) =>
        services.ConfigureMarten(options =>
        {
            options.Projections.Snapshot<OutreachContact>(SnapshotLifecycle.Inline);
            options.Schema.For<OutreachContact>().Index(c => c.HubId);
        });

    public static void MapOutreach(IEndpointRouteBuilder staff) => staff.MapRecordingOutreach();
}
