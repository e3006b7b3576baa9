namespace Hubs.Contracts.Journeys;

/// <summary>
/// Screening was completed. Scores leave the clinical side only as a severity band and caseness per
/// measure (null where the full measure was not taken, e.g. after a negative brief screen), plus the
/// self-harm risk level. Codes: <see cref="SeverityBands"/>, <see cref="RiskLevels"/>.
/// </summary>
public sealed record JourneyScreened(
    string JourneyKey,
    string HubId,
    long StreamVersion,
    string IsoWeek,
    string Month,
    string? Phq9Band,
    bool? Phq9Caseness,
    string? Gad7Band,
    bool? Gad7Caseness,
    string Risk
) : IJourneyMilestone;
