using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Api;

namespace Hubs.Web.Features.Audit;

/// <summary>Whether a staff member may open a journey, and under which purpose.</summary>
public sealed record AccessDecision(bool Allowed, ReadPurpose Purpose, BreakGlassGrant? Grant);

/// <summary>
/// src/DOMAIN-RULES.md's rule as a pure function: nobody sees another Hub; a hub lead sees all of their Hub; a
/// clinician sees the open journeys not yet allocated (triage, assessment), the clients allocated to them and those they have an appointment with; anything else only
/// under an active break-glass grant.
/// </summary>
public static class JourneyAccess
{
    public static AccessDecision Decide(Journey journey, StaffMember staff, BreakGlassGrant? grant, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(journey);
        ArgumentNullException.ThrowIfNull(staff);
        if (journey.HubId != staff.HubId)
        {
            return new(false, ReadPurpose.DirectCare, null);
        }

        if (staff.IsHubLead)
        {
            return new(true, ReadPurpose.HubOversight, null);
        }

        if (journey.ClinicianId == staff.Id || journey.Appointments.Any(a => a.ClinicianId == staff.Id))
        {
            return new(true, ReadPurpose.DirectCare, null);
        }

        // Before allocation the Hub's clinicians share the work: triage, the assessment, the wait for allocation.
        if (journey.ClinicianId is null && !journey.HasEnded)
        {
            return new(true, ReadPurpose.Triage, null);
        }

        return grant is not null && grant.StaffId == staff.Id && grant.JourneyId == journey.Id && grant.IsActive(now)
            ? new(true, ReadPurpose.BreakGlass, grant)
            : new(false, ReadPurpose.BreakGlass, null);
    }
}
