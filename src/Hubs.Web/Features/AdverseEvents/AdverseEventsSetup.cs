using Hubs.Web.Features.AdverseEvents.AssigningPeerSupporter;
using Hubs.Web.Features.AdverseEvents.KeepingPeerRegister;
using Hubs.Web.Features.AdverseEvents.LoggingAdverseEvent;
using Hubs.Web.Features.AdverseEvents.RegisteringPeerSupporter;
using Hubs.Web.Features.AdverseEvents.SupportingStaff;
using Hubs.Web.Features.AdverseEvents.TakingUpHandOver;
using JasperFx.Events.Projections;
using Marten;

namespace Hubs.Web.Features.AdverseEvents;

/// <summary>
/// Rapid support after adverse events: two kinds of stream (an event's response, a register entry), each with
/// an inline snapshot that is also its list's read model, and the Hub's targets as one document per Hub.
/// </summary>
public static class AdverseEventsSetup
{
    public static IServiceCollection AddAdverseEvents(this IServiceCollection services) =>
        services
            .AddSingleton<IHandOverLinks, HandOverLinks>()
            .ConfigureMarten(options =>
            {
                options.Projections.Snapshot<AdverseEvent>(SnapshotLifecycle.Inline);
                options.Projections.Snapshot<PeerSupporter>(SnapshotLifecycle.Inline);
                options.Schema.For<AdverseEvent>().Index(e => e.HubId);
                options.Schema.For<PeerSupporter>().Index(p => p.HubId);
                options.Schema.For<AdverseEventSettings>();
            });

    /// <summary>
    /// The lead's endpoints go in the lead's group, the peer supporter's in theirs: none is left open.
    /// </summary>
    public static void MapAdverseEvents(IEndpointRouteBuilder lead, IEndpointRouteBuilder peer)
    {
        lead.MapLoggingAdverseEvents();
        lead.MapAssigningPeerSupporter();
        lead.MapRegisteringPeerSupporter();
        lead.MapKeepingPeerRegister();
        peer.MapSupportingStaff();
    }
}
