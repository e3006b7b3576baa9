using System.Security.Claims;

namespace Hubs.ServiceDefaults.Auth;

/// <summary>Reading a Hubs token's claims the same way in every host.</summary>
public static class HubsPrincipal
{
    /// <summary>The stable subject id (a person's account id, or a machine client's id).</summary>
    public static string? SubjectId(this ClaimsPrincipal principal) =>
        principal?.FindFirst(HubsClaimTypes.Subject)?.Value;

    public static IReadOnlySet<string> HubIds(this ClaimsPrincipal principal) =>
        principal?.FindAll(HubsClaimTypes.Hub).Select(claim => claim.Value).ToHashSet() ?? [];

    public static bool HasRole(this ClaimsPrincipal principal, string role) =>
        principal?.FindAll(HubsClaimTypes.Role).Any(claim => claim.Value == role) ?? false;

    /// <summary>Scopes arrive as one space-separated claim (RFC 9068) or as several claims.</summary>
    public static bool HasScope(this ClaimsPrincipal principal, string scope) =>
        principal?.FindAll(HubsClaimTypes.Scope).SelectMany(claim => claim.Value.Split(' ')).Contains(scope) ?? false;

    /// <summary>Staff see a Hub's records only if the Hub is one of theirs (hide others with 404, not 403).</summary>
    public static bool IsInHub(this ClaimsPrincipal principal, string hubId) => principal.HubIds().Contains(hubId);
}
