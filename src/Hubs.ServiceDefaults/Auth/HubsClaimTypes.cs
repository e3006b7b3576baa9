namespace Hubs.ServiceDefaults.Auth;

/// <summary>
/// Claim names in Hubs access and identity tokens. Tokens carry ids only (subject, roles, Hub ids,
/// client id), never a name or an email address.
/// </summary>
public static class HubsClaimTypes
{
    public const string Subject = "sub";
    public const string Role = "role";
    public const string Hub = "hub";
    public const string Scope = "scope";
    public const string ClientId = "client_id";
}
