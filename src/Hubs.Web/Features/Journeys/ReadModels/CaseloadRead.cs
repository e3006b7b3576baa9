using Hubs.Web.Features.Journeys.Access;
using Marten;

namespace Hubs.Web.Features.Journeys.ReadModels;

/// <summary>A clinician's open journeys (their own, or any clinician's for a hub lead).</summary>
public static class Caseload
{
    public static async Task<IResult> ReadAsync(
        Guid clinicianId,
        StaffMember staff,
        IQuerySession session,
        CancellationToken cancellationToken
    )
    {
        if (clinicianId != staff.Id && !staff.IsHubLead)
        {
            return JourneyProblems.OtherHub();
        }

        return TypedResults.Ok(await ListAsync(session, staff.HubId, clinicianId, cancellationToken));
    }

    /// <summary>The caseload itself, for the API and the clinician pages alike.</summary>
    public static async Task<List<CaseloadEntry>> ListAsync(
        IQuerySession session,
        string hubId,
        Guid clinicianId,
        CancellationToken cancellationToken
    )
    {
        var entries = await session
            .Query<CaseloadEntry>()
            .Where(e => e.ClinicianId == clinicianId && e.HubId == hubId && e.Active)
            .OrderBy(e => e.SubmittedAt)
            .ToListAsync(cancellationToken);
        return [.. entries];
    }
}
