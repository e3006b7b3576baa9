using Microsoft.AspNetCore.DataProtection;

namespace Hubs.Identity.Accounts;

/// <summary>
/// Authenticator (TOTP) keys are sealed with ASP.NET Core Data Protection before they are stored (key ring in
/// identity.data_protection_keys, shared by every replica). A key stored in clear by an earlier version has
/// no prefix: it is still read as it is, and the <c>migrate</c> command seals it.
/// </summary>
public sealed class SealedAuthenticatorKeys(IDataProtectionProvider provider)
{
    public const string Prefix = "dp1:";

    private readonly IDataProtector protector = provider.CreateProtector("Hubs.Identity.AuthenticatorKey.v1");

    public static bool IsSealed(string stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return stored.StartsWith(Prefix, StringComparison.Ordinal);
    }

    public string? Seal(string? key) => key is null || IsSealed(key) ? key : Prefix + protector.Protect(key);

    public string? Open(string? stored) =>
        stored is not null && IsSealed(stored) ? protector.Unprotect(stored[Prefix.Length..]) : stored;
}
