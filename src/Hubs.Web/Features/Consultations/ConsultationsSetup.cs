using Hubs.Web.Features.Consultations.LinkingTeamSession;
using Hubs.Web.Features.Consultations.RecordingConsultation;
using JasperFx.Events.Projections;
using Marten;

namespace Hubs.Web.Features.Consultations;

/// <summary>Consultations with managers: one stream each, its inline snapshot the lists' read model.</summary>
public static class ConsultationsSetup
{
    public static IServiceCollection AddConsultations(this IServiceCollection services) =>
        services.ConfigureMarten(options =>
        {
            options.Projections.Snapshot<Consultation>(SnapshotLifecycle.Inline);
            options.Schema.For<Consultation>().Index(c => c.HubId);
        });

    /// <summary>Clinical staff record consultations and link the team session that followed.</summary>
    public static void MapConsultations(IEndpointRouteBuilder staff)
    {
        staff.MapRecordingConsultation();
        staff.MapLinkingTeamSession();
    }

    /// <summary>The Hub's consultations, newest first (API and pages).</summary>
    public static async Task<IReadOnlyList<Consultation>> ListAsync(
        IQuerySession session,
        string hubId,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        var list = await session
            .Query<Consultation>()
            .Where(c => c.HubId == hubId)
            .OrderByDescending(c => c.RecordedAt)
            .ToListAsync(cancellationToken);
        return [.. list];
    }
}
