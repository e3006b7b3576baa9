using JasperFx.Events.Projections;
using Marten;

namespace Hubs.Web.Features.Journeys.ReferringOn;

public static class OnwardSetup
{
    /// <summary>
    /// Inline, as the other journey read models: a referral shows on the lists the moment it is written.
    /// </summary>
    public static IServiceCollection AddOnwardRecords(this IServiceCollection services) =>
        services.ConfigureMarten(options =>
        {
            options.Projections.Add<OnwardRecordProjection>(ProjectionLifecycle.Inline);
            options.Schema.For<OnwardRecord>().Index(r => r.HubId);
        });
}
