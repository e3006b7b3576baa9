namespace Hubs.Contracts.Journeys;

/// <summary>The keyworker withdrew from the service themselves. Their reason is free text and never sent.</summary>
public sealed record KeyworkerWithdrew(
    string JourneyKey,
    string HubId,
    long StreamVersion,
    string IsoWeek,
    string Month
) : IJourneyMilestone;
