namespace Hubs.Insights.Store;

/// <summary>
/// One team-based activity as Insights knows it: a pseudonymous key, Hub, ISO week and month it takes
/// place in, type and status codes, and the anonymous head count once held.
/// </summary>
public sealed record StoredTeamActivity(
    string ActivityKey,
    string HubId,
    string IsoWeek,
    string Month,
    string Kind,
    string Status,
    int? AttendanceCount
);
