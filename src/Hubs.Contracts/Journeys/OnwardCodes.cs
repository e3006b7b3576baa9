namespace Hubs.Contracts.Journeys;

/// <summary>
/// The codes onward referral and stepped-care milestones carry; anything else is a contract violation.
/// </summary>
public static class OnwardCodes
{
    public static readonly IReadOnlySet<string> Stages = new HashSet<string>
    {
        "triage",
        "assessment",
        "review",
        "discharge",
    };

    public static readonly IReadOnlySet<string> Kinds = new HashSet<string> { "signpost", "referral" };

    /// <summary>Kinds of destination, never a service's name (src/DOMAIN-RULES.md, "Onward referral").</summary>
    public static readonly IReadOnlyList<string> DestinationKinds =
    [
        "gp",
        "talking-therapies",
        "community-mental-health",
        "specialist-trauma",
        "occupational-health",
        "employee-assistance",
        "charity-or-helpline",
        "other",
    ];

    public static readonly IReadOnlySet<string> Reasons = new HashSet<string>
    {
        "needs-specialist-care",
        "outside-hub-offer",
        "alongside-hub-support",
        "client-preference",
        "workplace-matter",
        "practical-or-social-need",
        "other",
    };

    public static readonly IReadOnlyList<string> Outcomes = ["accepted", "declined", "still-waiting", "unknown"];

    public static readonly IReadOnlyList<string> Directions = ["up", "down", "across"];
}
