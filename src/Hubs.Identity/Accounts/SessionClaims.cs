using System.Security.Claims;

namespace Hubs.Identity.Accounts;

/// <summary>What a session's cookie says about its sign-in, which a security-stamp refresh must not forget.</summary>
internal static class SessionClaims
{
    private static readonly string[] Carried = [AuthTime.ClaimType, "amr"];

    public static Task CarryOver(ClaimsPrincipal? current, ClaimsPrincipal? refreshed)
    {
        if (current is not null && refreshed?.Identity is ClaimsIdentity identity)
        {
            foreach (
                var claim in current.Claims.Where(claim =>
                    Carried.Contains(claim.Type) && !refreshed.HasClaim(claim.Type, claim.Value)
                )
            )
            {
                identity.AddClaim(new Claim(claim.Type, claim.Value, claim.ValueType));
            }
        }

        return Task.CompletedTask;
    }
}
