using System.Reflection;
using System.Security.Claims;
using Hubs.ServiceDefaults.Auth;
using Marten;

namespace Hubs.Web.Features.AdverseEvents.SupportingStaff;

/// <summary>
/// The peer supporter who is acting: their staff account (the token's <c>sub</c>), their Hub (the one named by
/// <c>X-Hubs-Hub-Id</c> or the page's Hub choice, <see cref="HubChoice"/>, else their first), and their entries on
/// that Hub's register that are not archived. Endpoints taking one require <see cref="HubsPolicies.PeerSupporter"/>;
/// binding fails (400) only for a token without a subject.
/// </summary>
public sealed record PeerSupportCaller(Guid AccountId, string HubId, IReadOnlySet<Guid> ActiveEntries)
{
    public static async ValueTask<PeerSupportCaller?> BindAsync(HttpContext context, ParameterInfo parameter)
    {
        ArgumentNullException.ThrowIfNull(context);
        return await FromPrincipalAsync(
            context.User,
            context.RequestServices.GetRequiredService<IQuerySession>(),
            HubChoice.Of(context),
            context.RequestAborted
        );
    }

    /// <summary>The caller a principal describes, with their live register entries read from the store.</summary>
    public static async Task<PeerSupportCaller?> FromPrincipalAsync(
        ClaimsPrincipal user,
        IQuerySession session,
        string? preferredHub,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        if (FromPrincipal(user, preferredHub) is not { } me)
        {
            return null;
        }

        var entries = await session
            .Query<PeerSupporter>()
            .Where(p => p.HubId == me.HubId && p.AccountId == me.AccountId && !p.Archived)
            .Select(p => p.Id)
            .ToListAsync(cancellationToken);
        return me with { ActiveEntries = entries.ToHashSet() };
    }

    /// <summary>
    /// The caller from the token alone, without their register entries: enough where the register plays no part
    /// (a group series they facilitate); <see cref="Supports"/> is then false for every event.
    /// </summary>
    public static PeerSupportCaller? FromPrincipal(ClaimsPrincipal user, string? preferredHub)
    {
        ArgumentNullException.ThrowIfNull(user);
        var hub = HubChoice.Acting(user, preferredHub);
        return user.HasRole(HubsRoles.PeerSupporter) && Guid.TryParse(user.SubjectId(), out var id) && hub is not null
            ? new PeerSupportCaller(id, hub, new HashSet<Guid>())
            : null;
    }

    /// <summary>
    /// The only events this caller may see or write: assigned to them, in their Hub, through a register entry that
    /// is not archived (someone who left the register no longer sees what they supported).
    /// </summary>
    public bool Supports(AdverseEvent adverse) =>
        adverse is not null
        && adverse.HubId == HubId
        && adverse.AssignedAccountId == AccountId
        && adverse.PeerSupporterId is { } entry
        && ActiveEntries.Contains(entry);
}
