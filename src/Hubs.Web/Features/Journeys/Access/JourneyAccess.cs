using Hubs.Web.Features.Journeys;

namespace Hubs.Web.Features.Journeys.Access;

/// <summary>Whether a staff member may open a journey's record, and under which purpose.</summary>
public sealed record AccessDecision(bool Allowed, ReadPurpose Purpose, BreakGlassGrant? Grant);

/// <summary>
/// src/DOMAIN-RULES.md's rule as a pure function: nobody sees another Hub; a hub lead sees all of their Hub; a
/// clinician holds the clients allocated to them and those they have an appointment with, shares the open
/// journeys not yet allocated (triage, assessment), and reaches anything else of their Hub only under an
/// active break-glass grant of their own.
/// </summary>
public static class JourneyAccess
{
    public static Relations RelationOf(
        IJourneyFacts journey,
        StaffMember staff,
        BreakGlassGrant? grant,
        DateTimeOffset now
    )
    {
        ArgumentNullException.ThrowIfNull(journey);
        ArgumentNullException.ThrowIfNull(staff);
        if (journey.HubId != staff.HubId)
        {
            return Relations.None;
        }

        if (staff.IsHubLead)
        {
            return Relations.HubLead;
        }

        if (Holds(journey, staff.Id))
        {
            return Relations.Caseload;
        }

        if (journey.ClinicianId is null && !journey.HasEnded)
        {
            return Relations.Intake;
        }

        return grant is not null && grant.StaffId == staff.Id && grant.JourneyId == journey.Id && grant.IsActive(now)
            ? Relations.BreakGlass
            : Relations.HubMember;
    }

    /// <summary>The clinician cares for this client directly: allocated, or holding one of its appointments.</summary>
    public static bool Holds(IJourneyFacts journey, Guid clinicianId)
    {
        ArgumentNullException.ThrowIfNull(journey);
        return journey.ClinicianId == clinicianId || journey.Appointments.Any(a => a.ClinicianId == clinicianId);
    }

    public static ReadPurpose PurposeOf(Relations relation) =>
        relation.HasFlag(Relations.HubLead) ? ReadPurpose.HubOversight
        : relation.HasFlag(Relations.Caseload) ? ReadPurpose.DirectCare
        : relation.HasFlag(Relations.Intake) ? ReadPurpose.Triage
        : ReadPurpose.BreakGlass;

    public static AccessDecision Decide(
        IJourneyFacts journey,
        StaffMember staff,
        BreakGlassGrant? grant,
        DateTimeOffset now
    )
    {
        var relation = RelationOf(journey, staff, grant, now);
        var allowed = AccessModel.ReadRecord.Admit(relation);
        return new(allowed, PurposeOf(relation), allowed && relation == Relations.BreakGlass ? grant : null);
    }
}
