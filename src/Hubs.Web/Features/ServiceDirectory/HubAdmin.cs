using System.Reflection;
using System.Security.Claims;
using Hubs.ServiceDefaults.Auth;

namespace Hubs.Web.Features.ServiceDirectory;

/// <summary>
/// The hub admin who is acting and the one Hub they act in: the one they chose (<see cref="HubChoice"/>), else
/// their first. Endpoints that take one require <see cref="HubsPolicies.HubAdmin"/>.
/// </summary>
public sealed record HubAdmin(Guid Id, string HubId)
{
    public static ValueTask<HubAdmin?> BindAsync(HttpContext context, ParameterInfo parameter)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ValueTask.FromResult(FromPrincipal(context.User, HubChoice.Of(context)));
    }

    public static HubAdmin? FromPrincipal(ClaimsPrincipal user, string? preferredHub)
    {
        ArgumentNullException.ThrowIfNull(user);
        var hub = HubChoice.Acting(user, preferredHub);
        return user.HasRole(HubsRoles.HubAdmin) && Guid.TryParse(user.SubjectId(), out var id) && hub is not null
            ? new HubAdmin(id, hub)
            : null;
    }
}
