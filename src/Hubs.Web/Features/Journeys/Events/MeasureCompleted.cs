using Hubs.Web.Features.Privacy;
using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Features.Journeys.Events;

/// <summary>
/// Who put the answers in: the keyworker online, a clinician by phone at screening, or a clinician later.
/// </summary>
public enum MeasureGivenBy
{
    Keyworker,
    ClinicianByPhone,
    Clinician,
}

/// <summary>
/// One questionnaire answered in full and scored by the questionnaire engine: its item answers (health data, sealed),
/// total, band code (the catalogue's, e.g. "complex-ptsd", "probable-ptsd", "increasing-risk") and caseness where
/// the measure defines it. <paramref name="ClinicianId"/> is null when the keyworker or an unnamed phone screener
/// gave it.
/// </summary>
public sealed record MeasureCompleted(
    Guid JourneyId,
    DateTimeOffset CompletedAt,
    MeasureId Measure,
    MeasureOccasion Occasion,
    MeasureGivenBy GivenBy,
    Guid? ClinicianId,
    Personal<Dictionary<string, int>> Answers,
    int Total,
    string Band,
    bool? AtCaseness,
    RiskLevel Risk
) : IJourneyEvent
{
    /// <summary>The event for a scored measure; only the measure's own items' answers are kept.</summary>
    public static MeasureCompleted Of(
        Journey journey,
        ScoreResult result,
        IReadOnlyDictionary<string, int> answers,
        MeasureOccasion occasion,
        MeasureGivenBy givenBy,
        Guid? clinicianId,
        DateTimeOffset now
    )
    {
        ArgumentNullException.ThrowIfNull(journey);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(answers);
        var own = Catalogue
            .Get(result.Measure)
            .Items.ToDictionary(i => i.Id, i => answers[i.Id], StringComparer.Ordinal);
        return new(
            journey.Id,
            now,
            result.Measure,
            occasion,
            givenBy,
            clinicianId,
            Personal.Of(journey.SealedWith, own),
            result.Total,
            result.Band.Code,
            result.AtCaseness,
            result.Risk
        );
    }
}
