using JasperFx.Events.Projections;
using Marten;

namespace Hubs.Web.Features.ServiceDirectory;

public static class ServiceDirectorySetup
{
    /// <summary>Each directory entry keeps an inline snapshot of its stream, indexed by Hub for the lists.</summary>
    public static IServiceCollection AddServiceDirectory(this IServiceCollection services) =>
        services.ConfigureMarten(options =>
        {
            options.Projections.Snapshot<ServiceListing>(SnapshotLifecycle.Inline);
            options.Schema.For<ServiceListing>().Index(s => s.HubId);
        });
}
