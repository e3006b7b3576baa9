namespace Hubs.Insights.Features.Tables;

/// <summary>
/// One team-based activity that took place: its pseudonymous key, Hub, month, kind and head count. Never
/// the team's name, the facilitator or an exact date.
/// </summary>
/// <remarks>Kinds are codes: team-session, resilience-workshop, reflective-group, peer-support,
/// psychological-first-aid.</remarks>
public sealed record TeamActivityFacts(string Key, string HubId, string Month, string Kind, int Attendance);

/// <summary>Where the team-based support table gets its held activities.</summary>
public interface ITeamActivitySource
{
    Task<IReadOnlyList<TeamActivityFacts>> LoadAsync(IReadOnlySet<string> hubIds, CancellationToken cancellationToken);
}
