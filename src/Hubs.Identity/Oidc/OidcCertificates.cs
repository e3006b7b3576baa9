using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Hubs.Identity.Oidc;

/// <summary>
/// Self-signed RSA certificates for token signing and encryption (OpenIddict checks their key usage).
/// </summary>
internal static class OidcCertificates
{
    public const string Signing = "signing";
    public const string Encryption = "encryption";

    public static X509Certificate2 Create(string use, DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        using var rsa = RSA.Create(3072);
        var request = new CertificateRequest(
            $"CN=Hubs OIDC {use}",
            rsa,
            HashAlgorithmName.SHA256,
            RSASignaturePadding.Pkcs1
        );
        var usage = use == Signing ? X509KeyUsageFlags.DigitalSignature : X509KeyUsageFlags.KeyEncipherment;
        request.CertificateExtensions.Add(new X509KeyUsageExtension(usage, critical: true));
        return request.CreateSelfSigned(notBefore, notAfter);
    }

    public static X509Certificate2 Load(byte[] pkcs12, string password) =>
        X509CertificateLoader.LoadPkcs12(pkcs12, password, X509KeyStorageFlags.EphemeralKeySet);
}
