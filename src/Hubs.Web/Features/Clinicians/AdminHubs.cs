using System.Security.Claims;
using Hubs.ServiceDefaults.Auth;
using Hubs.Web.Features.Hubs;
using Marten;

namespace Hubs.Web.Features.Clinicians;

/// <summary>The Hubs a hub admin administers here, and a clinician's profile only when it is in one of them.</summary>
public static class AdminHubs
{
    public static IReadOnlyList<string> Of(ClaimsPrincipal user, HubDirectory hubs)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(hubs);
        return [.. user.HubIds().Where(hubs.Contains).Order(StringComparer.Ordinal)];
    }

    /// <summary>The profile, and the Hub the admin sees it in (their first Hub the clinician works for).</summary>
    public static async Task<(ClinicianProfile Profile, string HubId)?> LoadAsync(
        IQuerySession session,
        ClaimsPrincipal user,
        HubDirectory hubs,
        Guid id,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        var profile = await session.LoadAsync<ClinicianProfile>(id, cancellationToken);
        var hub = profile is null ? null : Of(user, hubs).FirstOrDefault(profile.HubIds.Contains);
        return hub is null ? null : (profile!, hub);
    }
}
