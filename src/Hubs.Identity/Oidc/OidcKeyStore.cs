using System.Security.Cryptography.X509Certificates;
using Hubs.Identity.Data;
using Microsoft.EntityFrameworkCore;

namespace Hubs.Identity.Oidc;

/// <summary>
/// The server's keys in the identity schema. <see cref="RotateAsync"/> adds a newer pair that takes
/// over signing at its NotBefore while the old pair still validates and decrypts; retiring the old
/// pair later is a separate, deliberate step (see ops/runbooks/rotate-oidc-keys.md).
/// </summary>
public sealed class OidcKeyStore(
    IdentityDb db,
    IConfiguration configuration,
    IHostEnvironment environment,
    TimeProvider clock
)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(730);

    public async Task EnsureActiveKeysAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        foreach (var use in new[] { OidcCertificates.Signing, OidcCertificates.Encryption })
        {
            if (
                !await db.OidcKeys.AnyAsync(
                    key => key.Use == use && key.RetiredAt == null && key.NotAfter > now,
                    cancellationToken
                )
            )
            {
                Add(use, now.AddMinutes(-5), now);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task RotateAsync(TimeSpan activateAfter, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        Add(OidcCertificates.Signing, now + activateAfter, now);
        Add(OidcCertificates.Encryption, now + activateAfter, now);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Retires every key created before the newest pair, so they are no longer published or accepted.
    /// </summary>
    public async Task<int> RetireOlderThanNewestAsync(CancellationToken cancellationToken = default)
    {
        var newest = await db
            .OidcKeys.Where(key => key.RetiredAt == null)
            .MaxAsync(key => (DateTimeOffset?)key.CreatedAt, cancellationToken);
        var older = await db
            .OidcKeys.Where(key => key.RetiredAt == null && key.CreatedAt < newest)
            .ToListAsync(cancellationToken);
        older.ForEach(key => key.RetiredAt = clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return older.Count;
    }

    public IReadOnlyList<(string Use, X509Certificate2 Certificate)> LoadActive() =>
        db
            .OidcKeys.Where(key => key.RetiredAt == null)
            .OrderBy(key => key.CreatedAt)
            .AsEnumerable()
            .Select(key => (key.Use, OidcCertificates.Load(key.Pkcs12, Password)))
            .ToList();

    private string Password =>
        configuration["Oidc:KeyPassword"] is { Length: > 0 } password
            ? password
            : (
                environment.IsDevelopment()
                    ? "development-only"
                    : throw new InvalidOperationException("Oidc:KeyPassword is not configured.")
            );

    private void Add(string use, DateTimeOffset notBefore, DateTimeOffset createdAt)
    {
        using var certificate = OidcCertificates.Create(use, notBefore, notBefore + Lifetime);
        db.OidcKeys.Add(
            new OidcKey
            {
                Id = Guid.NewGuid(),
                Use = use,
                Pkcs12 = certificate.Export(X509ContentType.Pkcs12, Password),
                NotBefore = notBefore,
                NotAfter = notBefore + Lifetime,
                CreatedAt = createdAt,
            }
        );
    }
}
