namespace Hubs.Web.Features.AdverseEvents.AssigningPeerSupporter;

/// <summary>The Hub's lead assigns an available, in-date peer supporter to an adverse event of their Hub.</summary>
public static class AssignEndpoint
{
    public static IEndpointRouteBuilder MapAssigningPeerSupporter(this IEndpointRouteBuilder lead)
    {
        lead.MapHubWrite<AssignPeerSupporter, AdverseEvent, StreamWritten>(
                "/api/adverse-events/{id:guid}/assignment",
                e => e.HubId,
                async (command, at) =>
                {
                    var supporter = await at.Session.LoadAsync<PeerSupporter>(command.PeerSupporterId, at.Cancellation);
                    return e => AssignPeerSupporterDecision.Decide(e, supporter, at.Today, at.Now);
                },
                (id, version) => new StreamWritten(id, version)
            )
            .WithName("AssignPeerSupporter")
            .WithTags("Adverse events");
        return lead;
    }
}
