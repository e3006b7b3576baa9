namespace Hubs.Contracts.Journeys;

/// <summary>
/// The codes of where referrals come from (<see cref="ReferralSubmitted.HeardFrom"/> and
/// <see cref="ReferralSubmitted.Channel"/>): fixed categories, never free text.
/// </summary>
public static class ReferralSourceCodes
{
    public const string NotGiven = "not-given";
    public const string Online = "online";
    public const string Phone = "phone";

    /// <summary>Every answer to "how did you hear about the Hub", then unanswered.</summary>
    public static readonly IReadOnlyList<string> HeardFrom =
    [
        "colleague",
        "manager",
        "occupational-health",
        "hub-outreach",
        "group-session",
        "gp",
        "online",
        "other",
        NotGiven,
    ];

    public static readonly IReadOnlyList<string> Channels = [Online, Phone];
}
