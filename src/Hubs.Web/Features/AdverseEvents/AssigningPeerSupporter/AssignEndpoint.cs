using Hubs.ServiceDefaults.Validation;
using Hubs.Web.Features.Shared;
using Marten;

namespace Hubs.Web.Features.AdverseEvents.AssigningPeerSupporter;

public static class AssignEndpoint
{
    public static IEndpointRouteBuilder MapAssigningPeerSupporter(this IEndpointRouteBuilder lead)
    {
        lead.MapPost("/api/adverse-events/{id:guid}/assignment", AssignAsync)
            .Validate<AssignPeerSupporter>()
            .DescribesWrite<StreamWritten>()
            .WithName("AssignPeerSupporter")
            .WithTags("Adverse events");
        return lead;
    }

    private static async Task<IResult> AssignAsync(
        Guid id,
        AssignPeerSupporter command,
        StaffMember staff,
        HttpContext http,
        ClinicClock clock,
        CancellationToken cancellationToken
    )
    {
        var session = http.RequestServices.GetRequiredService<IDocumentSession>();
        var supporter = await session.LoadAsync<PeerSupporter>(command.PeerSupporterId, cancellationToken);
        var today = AdverseEventStore.Today(clock);
        return await StreamWrites.DecideAndAppendAsync<AdverseEvent>(
            id,
            http,
            e => e.HubId == staff.HubId,
            e => AssignPeerSupporterDecision.Decide(e, supporter, today, clock.Now),
            version => new StreamWritten(id, version)
        );
    }
}
