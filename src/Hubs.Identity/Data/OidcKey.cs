namespace Hubs.Identity.Data;

/// <summary>
/// A signing or encryption certificate of the OIDC server, stored as a password-protected PKCS#12
/// blob (<c>Oidc:KeyPassword</c>). Every unretired key is published and accepted; OpenIddict signs
/// with the currently valid certificate that expires last, so a newer key takes over at its NotBefore.
/// </summary>
public sealed class OidcKey
{
    public Guid Id { get; set; }

    public required string Use { get; set; }

    public required byte[] Pkcs12 { get; set; }

    public DateTimeOffset NotBefore { get; set; }

    public DateTimeOffset NotAfter { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? RetiredAt { get; set; }
}
