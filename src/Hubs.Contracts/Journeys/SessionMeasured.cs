namespace Hubs.Contracts.Journeys;

/// <summary>
/// A treatment session's measures (session-by-session measurement): the PHQ-9 and GAD-7 totals only.
/// Session notes are free text and never sent.
/// </summary>
public sealed record SessionMeasured(
    string JourneyKey,
    string HubId,
    long StreamVersion,
    string IsoWeek,
    string Month,
    int SessionNumber,
    int Phq9Total,
    int Gad7Total
) : IJourneyMilestone;
