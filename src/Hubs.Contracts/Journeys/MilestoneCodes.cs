namespace Hubs.Contracts.Journeys;

/// <summary>The codes journey milestones carry; anything else is a contract violation.</summary>
public static class SeverityBands
{
    public static readonly IReadOnlySet<string> Phq9 = new HashSet<string>
    {
        "minimal",
        "mild",
        "moderate",
        "moderately-severe",
        "severe",
    };

    public static readonly IReadOnlySet<string> Gad7 = new HashSet<string> { "minimal", "mild", "moderate", "severe" };
}

public static class RiskLevels
{
    public static readonly IReadOnlySet<string> All = new HashSet<string> { "none", "flag", "urgent" };
}

public static class TriageOutcomes
{
    public static readonly IReadOnlySet<string> All = new HashSet<string>
    {
        "assess",
        "signpost-elsewhere",
        "not-suitable",
    };
}

public static class Interventions
{
    public static readonly IReadOnlySet<string> All = new HashSet<string>
    {
        "guided-self-help",
        "cbt",
        "trauma-focused-cbt",
        "emdr",
        "counselling",
        "group",
        "other",
    };
}

public static class AppointmentOutcomes
{
    public const string Attended = "attended";
    public const string DidNotAttend = "did-not-attend";
    public const string CancelledByClient = "cancelled-by-client";
    public const string CancelledByHub = "cancelled-by-hub";
    public const string Treatment = "treatment";
    public const string Assessment = "assessment";
}

public static class DischargeReasons
{
    public static readonly IReadOnlySet<string> All = new HashSet<string>
    {
        "completed",
        "dropped-out",
        "declined",
        "moved-on",
        "no-contact",
    };
}
