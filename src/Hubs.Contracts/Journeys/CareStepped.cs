namespace Hubs.Contracts.Journeys;

/// <summary>
/// The planned intervention changed at a review: from and to (<see cref="Interventions"/>) and the direction
/// (<see cref="OnwardCodes.Directions"/>); the reason and re-assessment stay in the clinical record.
/// </summary>
public sealed record CareStepped(
    string JourneyKey,
    string HubId,
    long StreamVersion,
    string IsoWeek,
    string Month,
    string From,
    string To,
    string Direction
) : IJourneyMilestone;
