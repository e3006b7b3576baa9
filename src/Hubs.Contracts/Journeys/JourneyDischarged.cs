namespace Hubs.Contracts.Journeys;

/// <summary>
/// The client was discharged, with the reason code only (<see cref="DischargeReasons"/>); the summary is never sent.
/// </summary>
public sealed record JourneyDischarged(
    string JourneyKey,
    string HubId,
    long StreamVersion,
    string IsoWeek,
    string Month,
    string Reason
) : IJourneyMilestone;
