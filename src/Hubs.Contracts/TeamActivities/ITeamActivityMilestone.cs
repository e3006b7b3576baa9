namespace Hubs.Contracts.TeamActivities;

/// <summary>
/// What every team activity contract carries: a keyed pseudonym of the activity, never its team or facilitator.
/// </summary>
public interface ITeamActivityMilestone
{
    /// <summary>Pseudonymous activity key (HMAC of the activity id; Insights never holds the key).</summary>
    string ActivityKey { get; }

    string HubId { get; }

    /// <summary>Position of the source event in the activity's stream: the latest wins.</summary>
    long StreamVersion { get; }
}
