namespace Hubs.Insights.Metrics;

/// <summary>
/// Why a journey was discharged (src/DOMAIN-RULES.md: completed, dropped out, declined, moved on, no contact).
/// </summary>
public enum DischargeReason
{
    Completed,
    DroppedOut,
    Declined,
    MovedOn,
    NoContact,
}
