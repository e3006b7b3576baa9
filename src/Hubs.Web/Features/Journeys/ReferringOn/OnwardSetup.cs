using JasperFx.Events.Projections;
using Marten;

namespace Hubs.Web.Features.Journeys.ReferringOn;

public static class OnwardSetup
{
    /// <summary>
    /// Inline, as the other journey read models: a referral shows on the lists the moment it is written. Its one list
    /// (the open onward referrals of a Hub) reads through the Hub-and-open-count index of StaffListIndexes, whose first
    /// column serves any ask by Hub: an index of the Hub alone cost every self-referral an insert and served no query
    /// (benchmarks/SCALE.md, the write path).
    /// </summary>
    public static IServiceCollection AddOnwardRecords(this IServiceCollection services) =>
        services.ConfigureMarten(options =>
            options.Projections.Add<OnwardRecordProjection>(ProjectionLifecycle.Inline)
        );
}
