using System.Security.Claims;
using Hubs.ServiceDefaults.Auth;
using Hubs.Web.Features.Journeys.Api;

namespace Hubs.Web.Pages.Clinic;

/// <summary>
/// The signed-in member of staff from their claims: <c>sub</c> (their account id), <c>role</c>
/// (hub-lead wins over clinician) and <c>hub</c>. Someone with several Hubs works in the first, in
/// order, so a page always shows exactly one Hub. Null when a claim is missing or not well formed.
/// </summary>
public static class ClinicUser
{
    public static StaffMember? From(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        StaffRole? role = user.HasRole(HubsRoles.HubLead) ? StaffRole.HubLead
            : user.HasRole(HubsRoles.Clinician) ? StaffRole.Clinician
            : null;
        var hub = user.HubIds().Order(StringComparer.Ordinal).FirstOrDefault();
        return Guid.TryParse(user.SubjectId(), out var id) && role is not null && hub is not null
            ? new StaffMember(id, role.Value, hub)
            : null;
    }
}
