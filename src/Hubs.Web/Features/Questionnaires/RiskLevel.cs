namespace Hubs.Web.Features.Questionnaires;

/// <summary>How urgently an answer needs a clinician. Ordered, so the highest of several is the maximum.</summary>
public enum RiskLevel
{
    None = 0,
    Flag = 1,
    Urgent = 2,
}

/// <summary>
/// An item whose answer raises a risk flag at <paramref name="FlagAt"/> and is urgent at <paramref name="UrgentAt"/>.
/// </summary>
public sealed record RiskRule(int FlagAt, int UrgentAt)
{
    public RiskLevel Assess(int value) =>
        value >= UrgentAt ? RiskLevel.Urgent
        : value >= FlagAt ? RiskLevel.Flag
        : RiskLevel.None;
}
