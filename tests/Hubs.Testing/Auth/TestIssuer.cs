using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Hubs.Testing.Auth;

/// <summary>
/// A standards-compliant token issuer for tests, on real Kestrel: it publishes OpenID Connect discovery
/// and its signing key (JWKS) the way any provider does, and mints RS256 access tokens for any role, Hub
/// and subject. The hosts under test know it only through <c>Oidc:Authority</c>, as they would know
/// Hubs.Identity or another provider. One per test process.
/// </summary>
public sealed class TestIssuer
{
    private static readonly Lazy<TestIssuer> Instance = new(Start);
    private readonly RsaSecurityKey signingKey;

    private TestIssuer(Uri authority, RsaSecurityKey signingKey)
    {
        Authority = authority;
        this.signingKey = signingKey;
    }

    public static TestIssuer Shared => Instance.Value;

    /// <summary>The issuer URL (also the <c>iss</c> of its tokens).</summary>
    public Uri Authority { get; }

    /// <summary>An access token for <paramref name="who"/>; the defaults make a valid one for Hubs.Web.</summary>
    public string Mint(
        TestPrincipal who,
        string audience = "hubs-web",
        TimeSpan? lifetime = null,
        DateTimeOffset? now = null,
        SecurityKey? signWith = null
    )
    {
        ArgumentNullException.ThrowIfNull(who);
        var issuedAt = (now ?? DateTimeOffset.UtcNow).UtcDateTime;
        var claims = new List<Claim> { new("sub", who.Subject.ToString()) };
        claims.AddRange(who.Roles.Select(role => new Claim("role", role)));
        claims.AddRange(who.Hubs.Select(hub => new Claim("hub", hub)));
        if (who.Scopes.Count > 0)
        {
            claims.Add(new Claim("scope", string.Join(' ', who.Scopes)));
        }

        return new JsonWebTokenHandler().CreateToken(
            new SecurityTokenDescriptor
            {
                Issuer = Authority.ToString(),
                Audience = audience,
                Subject = new ClaimsIdentity(claims),
                IssuedAt = issuedAt,
                NotBefore = issuedAt,
                Expires = issuedAt + (lifetime ?? TimeSpan.FromMinutes(10)),
                TokenType = "at+jwt",
                SigningCredentials = new SigningCredentials(signWith ?? signingKey, SecurityAlgorithms.RsaSha256),
            }
        );
    }

    private static TestIssuer Start()
    {
        var key = new RsaSecurityKey(RSA.Create(2048)) { KeyId = "test-issuer-key" };
        var port = FreePort.Next();
        var authority = new Uri($"http://127.0.0.1:{port}/");
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(options => options.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        app.MapGet("/.well-known/openid-configuration", () => Results.Json(
                new Dictionary<string, object>
                {
                    ["issuer"] = authority.ToString(),
                    ["jwks_uri"] = new Uri(authority, "jwks").ToString(),
                    ["authorization_endpoint"] = new Uri(authority, "authorize").ToString(),
                    ["token_endpoint"] = new Uri(authority, "token").ToString(),
                    ["response_types_supported"] = new[] { "code" },
                    ["subject_types_supported"] = new[] { "public" },
                    ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
                }
            ));
        var publicKey = JsonWebKeyConverter.ConvertFromRSASecurityKey(
            new RsaSecurityKey(key.Rsa.ExportParameters(false)) { KeyId = key.KeyId }
        );
        app.MapGet("/jwks", () => Results.Json(
                new
                {
                    keys = new[]
                    {
                        new
                        {
                            kty = publicKey.Kty,
                            use = "sig",
                            alg = "RS256",
                            kid = publicKey.Kid,
                            n = publicKey.N,
                            e = publicKey.E,
                        },
                    },
                }
            ));
        app.StartAsync().GetAwaiter().GetResult();
        return new TestIssuer(authority, key);
    }
}
