namespace Hubs.Identity.Data;

/// <summary>
/// One administrative action on an account (invite, role or Hub assigned, disabled, MFA reset).
/// Ids only: the target's email stays in the user table, so the audit can be kept longer.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public required string ActorId { get; set; }

    public required string Action { get; set; }

    public required string TargetId { get; set; }

    public string? Role { get; set; }

    public string? Hub { get; set; }
}
