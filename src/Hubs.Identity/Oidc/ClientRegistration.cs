namespace Hubs.Identity.Oidc;

/// <summary>
/// One OIDC client as an operator declares it (<c>Oidc:Clients:n:…</c>). Machine clients use client
/// credentials; every other client (a site) uses the authorization code flow with PKCE and refresh
/// tokens, and with client credentials only for its <see cref="ServiceScopes"/>.
/// A secret makes the client confidential; give it through the secret store, never in the repository.
/// </summary>
public sealed class ClientRegistration
{
    public string ClientId { get; set; } = string.Empty;

    public string? ClientSecret { get; set; }

    public bool Machine { get; set; }

    public List<string> Scopes { get; set; } = [];

    /// <summary>
    /// For a site client: the scopes it may obtain with client credentials, calling a Hubs service as
    /// itself (e.g. Hubs.Web creating a keyworker's account). Never its <see cref="Scopes"/>, which need a person.
    /// </summary>
    public List<string> ServiceScopes { get; set; } = [];

    /// <summary>For a machine client: the Hubs whose anonymised feeds it may read (hub claims in its tokens).</summary>
    public List<string> Hubs { get; set; } = [];

    public List<Uri> RedirectUris { get; set; } = [];

    public List<Uri> PostLogoutRedirectUris { get; set; } = [];
}
