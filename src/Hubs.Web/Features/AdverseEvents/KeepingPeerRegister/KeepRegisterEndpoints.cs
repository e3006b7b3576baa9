using Hubs.ServiceDefaults.Validation;
using Hubs.Web.Features.Shared;

namespace Hubs.Web.Features.AdverseEvents.KeepingPeerRegister;

/// <summary>The lead keeps a register entry up to date: refreshers, availability, leaving the register.</summary>
public static class KeepRegisterEndpoints
{
    private const string Route = "/api/peer-supporters/{id:guid}";

    public static IEndpointRouteBuilder MapKeepingPeerRegister(this IEndpointRouteBuilder lead)
    {
        lead.MapPost(
                $"{Route}/refresher",
                (
                    Guid id,
                    RecordPeerSupporterRefresher command,
                    StaffMember staff,
                    HttpContext http,
                    ClinicClock clock
                ) =>
                    Write(id, http, staff, p =>
                        KeepPeerRegisterDecisions.RecordRefresher(p, command, AdverseEventStore.Today(clock), clock.Now)
                    )
            )
            .Validate<RecordPeerSupporterRefresher>()
            .DescribesWrite<StreamWritten>()
            .WithName("RecordPeerSupporterRefresher")
            .WithTags("Peer supporters");
        lead.MapPost(
                $"{Route}/availability",
                (
                    Guid id,
                    ChangePeerSupporterAvailability command,
                    StaffMember staff,
                    HttpContext http,
                    TimeProvider t
                ) =>
                    Write(id, http, staff, p => KeepPeerRegisterDecisions.ChangeAvailability(p, command, t.GetUtcNow()))
            )
            .Validate<ChangePeerSupporterAvailability>()
            .DescribesWrite<StreamWritten>()
            .WithName("ChangePeerSupporterAvailability")
            .WithTags("Peer supporters");
        lead.MapPost($"{Route}/archive", (Guid id, StaffMember staff, HttpContext http, TimeProvider clock) =>
                Write(id, http, staff, p => KeepPeerRegisterDecisions.Archive(p, clock.GetUtcNow()))
            )
            .DescribesWrite<StreamWritten>()
            .WithName("ArchivePeerSupporter")
            .WithTags("Peer supporters");
        return lead;
    }

    private static Task<IResult> Write(
        Guid id,
        HttpContext http,
        StaffMember staff,
        Func<PeerSupporter, Kernel.Decision> decide
    ) =>
        StreamWrites.DecideAndAppendAsync<PeerSupporter>(
            id,
            http,
            p => p.HubId == staff.HubId,
            decide,
            version => new StreamWritten(id, version)
        );
}
