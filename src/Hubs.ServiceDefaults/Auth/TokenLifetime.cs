using Microsoft.IdentityModel.Tokens;

namespace Hubs.ServiceDefaults.Auth;

/// <summary>
/// A bearer token's lifetime by the host's <see cref="TimeProvider"/> (<see cref="ValidatedTokens"/>).
/// </summary>
internal static class TokenLifetime
{
    /// <summary>
    /// The lifetime rule the handler applies (an expiry required, not before <c>nbf</c>, not after <c>exp</c>, with
    /// the clock skew allowed) by the host's clock, the clock kept results expire by.
    /// </summary>
    internal static LifetimeValidator By(TimeProvider clock) =>
        (notBefore, expires, _, parameters) =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            if (expires is not { } until)
            {
                return !parameters.RequireExpirationTime;
            }

            if (notBefore is { } from && (from > until || from > now + parameters.ClockSkew))
            {
                return false;
            }

            return until >= now - parameters.ClockSkew;
        };
}
