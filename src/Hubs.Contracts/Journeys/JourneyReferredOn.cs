namespace Hubs.Contracts.Journeys;

/// <summary>
/// A clinician signposted or referred the keyworker on. Only the destination's KIND travels
/// (<see cref="OnwardCodes"/>), never the service's name: a named small charity in a small Hub could point at a person.
/// The referral is numbered within its journey (1, 2, …) so its outcome can find it; no id, no note, no exact date.
/// </summary>
public sealed record JourneyReferredOn(
    string JourneyKey,
    string HubId,
    long StreamVersion,
    string IsoWeek,
    string Month,
    int ReferralNumber,
    string Stage,
    string Kind,
    string DestinationKind,
    string Reason
) : IJourneyMilestone;
