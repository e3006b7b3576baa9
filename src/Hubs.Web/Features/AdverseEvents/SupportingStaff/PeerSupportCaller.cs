using System.Reflection;
using System.Security.Claims;
using Hubs.ServiceDefaults.Auth;

namespace Hubs.Web.Features.AdverseEvents.SupportingStaff;

/// <summary>
/// The peer supporter who is acting: their staff account (the token's <c>sub</c>) and their Hub. Endpoints taking
/// one require <see cref="HubsPolicies.PeerSupporter"/>; binding fails (400) only for a token without a subject.
/// </summary>
public sealed record PeerSupportCaller(Guid AccountId, string HubId)
{
    public static ValueTask<PeerSupportCaller?> BindAsync(HttpContext context, ParameterInfo parameter)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ValueTask.FromResult(FromPrincipal(context.User));
    }

    public static PeerSupportCaller? FromPrincipal(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var hub = user.HubIds().Order(StringComparer.Ordinal).FirstOrDefault();
        return user.HasRole(HubsRoles.PeerSupporter) && Guid.TryParse(user.SubjectId(), out var id) && hub is not null
            ? new PeerSupportCaller(id, hub)
            : null;
    }

    /// <summary>The only events this caller may see or write: assigned to them, in their Hub.</summary>
    public bool Supports(AdverseEvent adverse) =>
        adverse is not null && adverse.HubId == HubId && adverse.AssignedAccountId == AccountId;
}
