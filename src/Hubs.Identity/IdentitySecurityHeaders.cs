using Hubs.ServiceDefaults.Auth;

namespace Hubs.Identity;

/// <summary>
/// Identity's pages post sign-in forms whose redirects end at other hosts, and show an inline QR code.
/// </summary>
public static class IdentitySecurityHeaders
{
    public static SecurityHeaderOptions Options { get; } = new(RestrictFormAction: false, AllowDataImages: true);
}
