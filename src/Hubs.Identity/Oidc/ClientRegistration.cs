namespace Hubs.Identity.Oidc;

/// <summary>
/// One OIDC client as an operator declares it (<c>Oidc:Clients:n:…</c>). Machine clients use client
/// credentials; every other client uses the authorization code flow with PKCE and refresh tokens.
/// A secret makes the client confidential; give it through the secret store, never in the repository.
/// </summary>
public sealed class ClientRegistration
{
    public string ClientId { get; set; } = string.Empty;

    public string? ClientSecret { get; set; }

    public bool Machine { get; set; }

    public List<string> Scopes { get; set; } = [];

    /// <summary>For a machine client: the Hubs whose anonymised feeds it may read (hub claims in its tokens).</summary>
    public List<string> Hubs { get; set; } = [];

    public List<Uri> RedirectUris { get; set; } = [];

    public List<Uri> PostLogoutRedirectUris { get; set; } = [];
}
