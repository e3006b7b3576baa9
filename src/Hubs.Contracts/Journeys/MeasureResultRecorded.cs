namespace Hubs.Contracts.Journeys;

/// <summary>
/// One questionnaire completed (at screening, by a clinician at assessment, a session, a review or discharge, or by the
/// keyworker before a session): its measure, occasion and band codes and its caseness, never an item answer.
/// <paramref name="Total"/> travels only for the measures published as scores (<see cref="MeasureCodes.Scored"/>:
/// PHQ-9 and GAD-7, whose first and last totals give reliable change) and is null for every other.
/// <paramref name="AtCaseness"/> is null for the brief screens, which have none. Codes: <see cref="MeasureCodes"/>.
/// </summary>
public sealed record MeasureResultRecorded(
    string JourneyKey,
    string HubId,
    long StreamVersion,
    string IsoWeek,
    string Month,
    string Measure,
    string Occasion,
    string Band,
    bool? AtCaseness,
    int? Total
) : IJourneyMilestone;
