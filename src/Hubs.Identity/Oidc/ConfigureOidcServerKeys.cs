using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;

namespace Hubs.Identity.Oidc;

/// <summary>
/// Hands the stored certificates to OpenIddict when its options are first built (after start-up
/// migration). Keys never come from a development or ephemeral store; a restart picks up rotations.
/// </summary>
internal sealed class ConfigureOidcServerKeys(IServiceScopeFactory scopes) : IConfigureOptions<OpenIddictServerOptions>
{
    public void Configure(OpenIddictServerOptions options)
    {
        using var scope = scopes.CreateScope();
        foreach (var (use, certificate) in scope.ServiceProvider.GetRequiredService<OidcKeyStore>().LoadActive())
        {
            var key = new X509SecurityKey(certificate);
            if (use == OidcCertificates.Signing)
            {
                options.SigningCredentials.Add(new SigningCredentials(key, SecurityAlgorithms.RsaSha256));
            }
            else
            {
                options.EncryptionCredentials.Add(
                    new EncryptingCredentials(key, SecurityAlgorithms.RsaOAEP, SecurityAlgorithms.Aes256CbcHmacSha512)
                );
            }
        }
    }
}
