namespace Hubs.Contracts.TeamActivities;

/// <summary>
/// One anonymous one-minute rating of a held team activity: how valuable the attendee found it
/// (<see cref="TeamActivityCodes.Values"/>) and whether they felt safe to speak
/// (<see cref="TeamActivityCodes.FeltSafe"/>), with the activity's key, kind and month. Never who answered, the team,
/// the rating code or when it was given: the activity's key links it to its activity, never to a journey.
/// </summary>
public sealed record TeamSessionRated(
    string ActivityKey,
    string HubId,
    long StreamVersion,
    string Month,
    string Kind,
    string Value,
    string FeltSafe
) : ITeamActivityMilestone;
