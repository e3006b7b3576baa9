namespace Hubs.Contracts.TeamActivities;

/// <summary>
/// A team-based activity was planned, held (with an anonymous attendance count) or cancelled: its type
/// (<see cref="TeamActivityCodes"/>), Hub and the ISO week and month it takes place in. The team's name,
/// the facilitator and the exact time are never sent.
/// </summary>
public sealed record TeamActivityRecorded(
    string ActivityKey,
    string HubId,
    long StreamVersion,
    string IsoWeek,
    string Month,
    string Kind,
    string Status,
    int? AttendanceCount
) : ITeamActivityMilestone;

public static class TeamActivityCodes
{
    public const string Planned = "planned";
    public const string Held = "held";
    public const string Cancelled = "cancelled";

    public static readonly IReadOnlySet<string> Kinds = new HashSet<string>
    {
        "team-session",
        "resilience-workshop",
        "reflective-group",
        "peer-support",
        "psychological-first-aid",
    };

    /// <summary>
    /// How valuable a session was, from "not-at-all" to "very"; "quite" and "very" count as valuable.
    /// </summary>
    public static readonly IReadOnlyList<string> Values = ["not-at-all", "a-little", "somewhat", "quite", "very"];

    public static readonly IReadOnlyList<string> FeltSafe = ["yes", "partly", "no"];
}
