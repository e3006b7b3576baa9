namespace Hubs.Contracts.Journeys;

/// <summary>
/// What came of the journey's onward referral number <see cref="ReferralNumber"/> (<see cref="OnwardCodes.Outcomes"/>);
/// a later answer replaces an earlier one (the stream version decides).
/// </summary>
public sealed record OnwardReferralAnswered(
    string JourneyKey,
    string HubId,
    long StreamVersion,
    string IsoWeek,
    string Month,
    int ReferralNumber,
    string Outcome
) : IJourneyMilestone;
