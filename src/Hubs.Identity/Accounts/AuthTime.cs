using System.Globalization;
using System.Security.Claims;

namespace Hubs.Identity.Accounts;

/// <summary>
/// When the person last signed in fully (password, and TOTP for staff), as the OpenID Connect <c>auth_time</c> claim in
/// the session cookie. The cookie's own issue time moves on every renewal, so it cannot answer <c>max_age</c>.
/// </summary>
public static class AuthTime
{
    public const string ClaimType = "auth_time";

    public static Claim Now(TimeProvider clock) =>
        new(
            ClaimType,
            clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
            ClaimValueTypes.Integer64
        );

    /// <summary>Unix seconds, or null for a session from before this claim existed.</summary>
    public static long? Of(ClaimsPrincipal? principal) =>
        long.TryParse(
            principal?.FindFirst(ClaimType)?.Value,
            NumberStyles.None,
            CultureInfo.InvariantCulture,
            out var seconds
        )
            ? seconds
            : null;
}
