namespace Hubs.Contracts.Journeys;

/// <summary>
/// The assessment was recorded: the intervention type (<see cref="Interventions"/>), the PHQ-9 and
/// GAD-7 totals taken at assessment (the first of the paired scores) and the wait in whole days from
/// the referral's date, never a date. Formulation and plan are clinical notes and never sent.
/// </summary>
public sealed record JourneyAssessed(
    string JourneyKey,
    string HubId,
    long StreamVersion,
    string IsoWeek,
    string Month,
    int DaysSinceReferral,
    string Intervention,
    int Phq9Total,
    int Gad7Total
) : IJourneyMilestone;
