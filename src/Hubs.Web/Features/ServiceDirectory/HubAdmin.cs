using System.Reflection;
using System.Security.Claims;
using Hubs.ServiceDefaults.Auth;

namespace Hubs.Web.Features.ServiceDirectory;

/// <summary>
/// The hub admin who is acting and the one Hub they act in: the one named by <c>X-Hubs-Hub-Id</c> when it is
/// theirs, else their first. Endpoints that take one require <see cref="HubsPolicies.HubAdmin"/>.
/// </summary>
public sealed record HubAdmin(Guid Id, string HubId)
{
    public static ValueTask<HubAdmin?> BindAsync(HttpContext context, ParameterInfo parameter)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ValueTask.FromResult(FromPrincipal(context.User, context.Request.Headers["X-Hubs-Hub-Id"].ToString()));
    }

    public static HubAdmin? FromPrincipal(ClaimsPrincipal user, string? preferredHub = null)
    {
        ArgumentNullException.ThrowIfNull(user);
        var hubs = user.HubIds().Order(StringComparer.Ordinal).ToList();
        var hub =
            !string.IsNullOrEmpty(preferredHub) && hubs.Contains(preferredHub) ? preferredHub : hubs.FirstOrDefault();
        return user.HasRole(HubsRoles.HubAdmin) && Guid.TryParse(user.SubjectId(), out var id) && hub is not null
            ? new HubAdmin(id, hub)
            : null;
    }
}
