using System.Reflection;

namespace Hubs.Web.Features.Journeys.Api;

public enum StaffRole { Clinician, HubLead }

/// <summary>
/// Who is acting. TEMPORARY until sign-in lands: read from the headers <c>X-Hubs-Staff-Id</c> (a
/// Guid), <c>X-Hubs-Staff-Role</c> (<c>clinician</c> or <c>hub-lead</c>) and <c>X-Hubs-Hub-Id</c>,
/// only for endpoints open in Development. This is the one place to switch to token claims.
/// A request without them is refused by minimal-API binding (400).
/// </summary>
public sealed record StaffMember(Guid Id, StaffRole Role, string HubId)
{
    public const string IdHeader = "X-Hubs-Staff-Id";
    public const string RoleHeader = "X-Hubs-Staff-Role";
    public const string HubHeader = "X-Hubs-Hub-Id";

    public bool IsHubLead => Role == StaffRole.HubLead;

    public static ValueTask<StaffMember?> BindAsync(HttpContext context, ParameterInfo parameter)
    {
        ArgumentNullException.ThrowIfNull(context);
        var headers = context.Request.Headers;
        var role = headers[RoleHeader].ToString() switch
        {
            "clinician" => StaffRole.Clinician,
            "hub-lead" => StaffRole.HubLead,
            _ => (StaffRole?)null,
        };
        var hub = headers[HubHeader].ToString();
        return ValueTask.FromResult(
            Guid.TryParse(headers[IdHeader], out var id) && role is not null && hub.Length > 0
                ? new StaffMember(id, role.Value, hub)
                : null);
    }
}
