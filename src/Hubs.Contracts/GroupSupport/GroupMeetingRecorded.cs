using Hubs.Contracts.TeamActivities;

namespace Hubs.Contracts.GroupSupport;

/// <summary>
/// A reflective group's meeting was scheduled, held (with an anonymous head count) or cancelled (with a reason code):
/// a keyed pseudonym of the meeting, the series' kind (<see cref="GroupSupportCodes.Kinds"/>) and sector, and the ISO
/// week and month it takes place in. The department, facilitator, members' names and the exact time are never sent.
/// </summary>
public sealed record GroupMeetingRecorded(
    string ActivityKey,
    string HubId,
    long StreamVersion,
    string IsoWeek,
    string Month,
    string Kind,
    string Sector,
    string Status,
    string? Reason,
    int? AttendanceCount
) : ITeamActivityMilestone;

/// <summary>
/// One anonymous rating of a held meeting: whether the member found it useful (<see cref="GroupSupportCodes.Useful"/>)
/// and felt safe (<see cref="GroupSupportCodes.FeltSafe"/>), with the meeting's key, kind, sector and month.
/// </summary>
public sealed record GroupMeetingRated(
    string ActivityKey,
    string HubId,
    long StreamVersion,
    string Month,
    string Kind,
    string Sector,
    string Useful,
    string FeltSafe
) : ITeamActivityMilestone;

public static class GroupSupportCodes
{
    public const string Scheduled = "scheduled";
    public const string Held = "held";
    public const string Cancelled = "cancelled";

    public static readonly IReadOnlyList<string> Kinds = ["intervision-group", "clinical-cafe"];

    public static readonly IReadOnlyList<string> Reasons =
    [
        "clinical-pressures",
        "facilitator-unavailable",
        "too-few-members",
        "protected-time-withdrawn",
        "room-or-time-unavailable",
        "other",
    ];

    /// <summary>How useful, from "not-at-all" to "very"; "quite" and "very" count as found useful.</summary>
    public static readonly IReadOnlyList<string> Useful = ["not-at-all", "a-little", "somewhat", "quite", "very"];

    public static readonly IReadOnlyList<string> FeltSafe = ["yes", "partly", "no"];
}
