using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Hubs.Identity.Data;

/// <summary>
/// Accounts, OpenIddict's applications/authorizations/scopes/tokens, keys and the admin audit, all in schema
/// <c>identity</c>.
/// </summary>
public sealed class IdentityDb(DbContextOptions<IdentityDb> options) : IdentityDbContext<HubsUser>(options)
{
    public const string Schema = "identity";

    public DbSet<AuditEntry> Audit => Set<AuditEntry>();

    public DbSet<OidcKey> OidcKeys => Set<OidcKey>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasDefaultSchema(Schema);
        builder.Entity<AuditEntry>().ToTable("audit").HasIndex(entry => entry.TargetId);
        builder.Entity<OidcKey>().ToTable("oidc_keys");
        builder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
    }
}
