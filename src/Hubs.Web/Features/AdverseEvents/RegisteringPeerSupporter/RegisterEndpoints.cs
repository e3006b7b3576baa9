using Hubs.ServiceDefaults.Validation;
using Hubs.Web.Features.Clinicians;
using Hubs.Web.Features.Shared;
using Marten;

namespace Hubs.Web.Features.AdverseEvents.RegisteringPeerSupporter;

/// <summary>The lead adds peer supporters to the Hub's register and lists it.</summary>
public static class RegisterEndpoints
{
    public const string Route = "/api/peer-supporters";

    public static IEndpointRouteBuilder MapRegisteringPeerSupporter(this IEndpointRouteBuilder lead)
    {
        lead.MapStart<RegisterPeerSupporter>(Route, StartAsync)
            .WithName("RegisterPeerSupporter")
            .WithTags("Peer supporters");
        lead.MapGet(Route, async (StaffMember staff, IQuerySession session, CancellationToken cancellationToken) =>
                TypedResults.Ok(await AdverseEventStore.RegisterAsync(session, staff.HubId, cancellationToken))
            )
            .DescribesRead<List<PeerSupporter>>()
            .WithName("PeerSupporters")
            .WithTags("Peer supporters")
            .WithSummary("The lead's Hub's peer supporter register, archived entries included.");
        return lead;
    }

    /// <summary>The one way a register entry's stream starts (API and lead page). The caller saves.</summary>
    public static async Task<Started> StartAsync(
        IDocumentSession session,
        RegisterPeerSupporter command,
        string hubId,
        ClinicClock clock,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(command);
        var clinicians = await ClinicianDirectory.ListAsync(session, hubId, cancellationToken);
        var register = await AdverseEventStore.RegisterAsync(session, hubId, cancellationToken);
        var id = Guid.CreateVersion7();
        var decision = RegisterPeerSupporterDecision.Decide(
            command,
            id,
            hubId,
            clinicians.Any(c => c.Id == command.SupervisorId),
            register.Any(p => p.AccountId == command.AccountId && !p.Archived),
            AdverseEventStore.Today(clock),
            clock.Now
        );
        return StartedStream.Start<PeerSupporter>(session, id, decision);
    }
}
