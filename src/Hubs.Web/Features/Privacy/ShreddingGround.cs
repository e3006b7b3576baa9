namespace Hubs.Web.Features.Privacy;

/// <summary>Why personal data may be destroyed (src/DOMAIN-RULES.md: data protection facts).</summary>
public enum ShreddingGround
{
    RetentionExpired,
    DraftExpired,
    KeptWithoutNeed,
}
