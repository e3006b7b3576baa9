using System.Reflection;
using System.Security.Claims;
using Hubs.ServiceDefaults.Auth;

namespace Hubs.Web.Features.Kernel;

/// <summary>
/// A signed-in keyworker acting on their own journeys: their account's subject id is the journey's
/// <c>Journey.KeyworkerId</c> (see <c>KeyworkerOwnership</c>). Endpoints that take one also require
/// <see cref="HubsPolicies.Keyworker"/>.
/// </summary>
public sealed record KeyworkerCaller(Guid Id)
{
    public static ValueTask<KeyworkerCaller?> BindAsync(HttpContext context, ParameterInfo parameter)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ValueTask.FromResult(FromPrincipal(context.User));
    }

    public static KeyworkerCaller? FromPrincipal(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.HasRole(HubsRoles.Keyworker) && Guid.TryParse(user.SubjectId(), out var id)
            ? new KeyworkerCaller(id)
            : null;
    }
}
