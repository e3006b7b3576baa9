using System.Reflection;
using System.Security.Claims;
using Hubs.ServiceDefaults.Auth;

namespace Hubs.Web.Features.Kernel;

public enum StaffRole
{
    Clinician,
    HubLead,
}

/// <summary>
/// The member of a Hub's clinical staff who is acting, read from their signed token or page session:
/// subject id, role (<c>clinician</c> or <c>hub-lead</c>) and Hub. Someone who works in several Hubs acts
/// in one at a time: the one they chose (<see cref="HubChoice"/>: the API's <c>X-Hubs-Hub-Id</c>, the pages' switcher),
/// else their first.
/// Endpoints that take one also require <see cref="HubsPolicies.ClinicalStaff"/>, so binding only fails
/// for a token without a usable subject (400).
/// </summary>
public sealed record StaffMember(Guid Id, StaffRole Role, string HubId)
{
    public bool IsHubLead => Role == StaffRole.HubLead;

    public static ValueTask<StaffMember?> BindAsync(HttpContext context, ParameterInfo parameter)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ValueTask.FromResult(FromPrincipal(context.User, HubChoice.Of(context)));
    }

    /// <summary>The staff member a signed-in principal describes, or null when it is not clinical staff.</summary>
    public static StaffMember? FromPrincipal(ClaimsPrincipal user, string? preferredHub)
    {
        ArgumentNullException.ThrowIfNull(user);
        StaffRole? role =
            user.HasRole(HubsRoles.HubLead) ? StaffRole.HubLead
            : user.HasRole(HubsRoles.Clinician) ? StaffRole.Clinician
            : null;
        var hub = HubChoice.Acting(user, preferredHub);
        return Guid.TryParse(user.SubjectId(), out var id) && role is not null && hub is not null
            ? new StaffMember(id, role.Value, hub)
            : null;
    }
}
