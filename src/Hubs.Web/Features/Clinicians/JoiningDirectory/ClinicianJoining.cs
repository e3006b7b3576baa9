using System.Security.Claims;
using Hubs.ServiceDefaults.Auth;
using Marten;

namespace Hubs.Web.Features.Clinicians.JoiningDirectory;

/// <summary>
/// A staff member with the clinician role joins their Hubs' directories each time Web sees them (a sign-in, or a
/// call on their own profile): one profile keyed by their account id, listed in every Hub their token grants, for
/// the hub admins to fill in. A Hub the token no longer grants is not taken off (its admin says they left; access
/// always follows the token, never the profile). Tokens carry no names, so it starts as "New clinician". The
/// profile lives in the database, so every replica agrees; two replicas making it at the same moment write the same
/// empty profile, and nobody can have edited a profile that did not exist yet.
/// </summary>
public static class ClinicianJoining
{
    public const string NewName = "New clinician";

    public static async Task<ClinicianProfile?> EnsureAsync(
        IDocumentSession session,
        ClaimsPrincipal user,
        DateTimeOffset now,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(user);
        var hubs = user.HubIds().Order(StringComparer.Ordinal).ToList();
        if (!user.HasRole(HubsRoles.Clinician) || !Guid.TryParse(user.SubjectId(), out var id) || hubs.Count == 0)
        {
            return null;
        }

        var existing = await session.LoadAsync<ClinicianProfile>(id, cancellationToken);
        if (existing is not null && hubs.All(existing.HubIds.Contains))
        {
            return existing;
        }

        // Joining another Hub is not an edit of what the profile says, so its version (the admins' ETag) stays.
        var profile = existing is null
            ? new ClinicianProfile(id, hubs[0], NewName) { HubIds = hubs, JoinedAt = now }
            : existing with
            {
                HubIds = [.. existing.HubIds.Union(hubs, StringComparer.Ordinal)],
            };
        session.Store(profile);
        await session.SaveChangesAsync(cancellationToken);
        return profile;
    }
}
