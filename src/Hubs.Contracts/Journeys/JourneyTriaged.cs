namespace Hubs.Contracts.Journeys;

/// <summary>
/// A clinician triaged the referral. Only the outcome code travels (<see cref="TriageOutcomes"/>):
/// the clinician's reason is free text and where a person was signposted is never sent.
/// </summary>
public sealed record JourneyTriaged(
    string JourneyKey,
    string HubId,
    long StreamVersion,
    string IsoWeek,
    string Month,
    string Outcome
) : IJourneyMilestone;
