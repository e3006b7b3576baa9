using System.Security.Claims;
using Hubs.ServiceDefaults.Auth;
using Marten;

namespace Hubs.Web.Features.Clinicians.JoiningDirectory;

/// <summary>
/// A staff member with the clinician role joins their Hub's directory the first time Web sees them (their first
/// sign-in, or their first call on their own profile): a profile keyed by their account id, in their first Hub,
/// for the hub admin to fill in. Tokens carry no names, so it starts as "New clinician" until they or the admin
/// name it. The profile lives in the database, so every replica agrees; two replicas making it at the same moment
/// write the same empty profile, and nobody can have edited a profile that did not exist yet.
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
        var hub = user.HubIds().Order(StringComparer.Ordinal).FirstOrDefault();
        if (!user.HasRole(HubsRoles.Clinician) || !Guid.TryParse(user.SubjectId(), out var id) || hub is null)
        {
            return null;
        }

        if (await session.LoadAsync<ClinicianProfile>(id, cancellationToken) is { } existing)
        {
            return existing;
        }

        var profile = new ClinicianProfile(id, hub, NewName) { JoinedAt = now };
        session.Store(profile);
        await session.SaveChangesAsync(cancellationToken);
        return profile;
    }
}
