using Hubs.Web.Features.Hubs;
using Hubs.Web.Features.Hubs.KeepingSelfHelpLibrary;
using Marten;

namespace Hubs.Web.Features.Clinicians;

/// <summary>
/// A clinician's profile for a hub admin, only when the clinician works for the Hub the admin acts in.
/// </summary>
public static class AdminHubs
{
    /// <summary>
    /// The profile, and the Hub the admin sees it in: the one they act in (<see cref="AdministeredHub"/>, which
    /// follows their Hub choice), never another of theirs; null when the clinician does not work for it.
    /// </summary>
    public static async Task<(ClinicianProfile Profile, string HubId)?> LoadAsync(
        IQuerySession session,
        HttpContext http,
        HubDirectory hubs,
        Guid id,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        if (AdministeredHub.Of(http, null, hubs) is not { } hub)
        {
            return null;
        }

        var profile = await session.LoadAsync<ClinicianProfile>(id, cancellationToken);
        return profile is not null && profile.HubIds.Contains(hub) ? (profile, hub) : null;
    }
}
