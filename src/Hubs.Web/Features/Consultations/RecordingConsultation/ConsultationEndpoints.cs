using Hubs.ServiceDefaults.Validation;
using Hubs.Web.Features.Shared;
using Marten;

namespace Hubs.Web.Features.Consultations.RecordingConsultation;

/// <summary>Clinical staff record the Hub's consultations with managers and list them.</summary>
public static class ConsultationEndpoints
{
    public const string Route = "/api/consultations";

    public static IEndpointRouteBuilder MapRecordingConsultation(this IEndpointRouteBuilder staff)
    {
        staff.MapStart<RecordConsultation>(Route, StartAsync).WithName("RecordConsultation").WithTags("Consultations");
        staff
            .MapGet(Route, async (StaffMember caller, IQuerySession session, CancellationToken cancellationToken) =>
                TypedResults.Ok(await ConsultationsSetup.ListAsync(session, caller.HubId, cancellationToken))
            )
            .DescribesRead<List<Consultation>>()
            .WithName("Consultations")
            .WithTags("Consultations")
            .WithSummary("The caller's Hub's consultations with managers, newest first: codes only, never names.");
        return staff;
    }

    /// <summary>The one way a consultation's stream starts (API and page). The caller saves.</summary>
    public static Task<Started> StartAsync(
        IDocumentSession session,
        RecordConsultation command,
        string hubId,
        ClinicClock clock,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(clock);
        var id = Guid.CreateVersion7();
        return Task.FromResult(
            StartedStream.Start<Consultation>(
                session,
                id,
                RecordConsultationDecision.Decide(command, id, hubId, clock.Today, clock.Now)
            )
        );
    }
}
