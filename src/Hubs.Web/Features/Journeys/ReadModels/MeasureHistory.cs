using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Questionnaires;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Hubs.Web.Features.Journeys.ReadModels;

/// <summary>One occasion's PHQ-9 and GAD-7 totals (a brief screen may leave one unasked).</summary>
public sealed record MeasurePoint(
    DateTimeOffset At,
    MeasureOccasion Occasion,
    int? SessionNumber,
    int? Phq9,
    int? Gad7
);

/// <summary>One questionnaire's result: total, band code and caseness (null where the measure defines none).</summary>
public sealed record MeasureResult(
    DateTimeOffset At,
    MeasureId Measure,
    MeasureOccasion Occasion,
    int Total,
    string Band,
    bool? AtCaseness
);

/// <summary>
/// Every PHQ-9/GAD-7 total of one journey in order, for session-by-session measurement (<see cref="Points"/>), and
/// every questionnaire result recorded as its own event (<see cref="Results"/>; journeys before it have none). A
/// journey has none until its first score: a referral writes no empty history (the write path, issue 22), and every
/// reader takes a missing one as empty.
/// </summary>
public sealed record MeasureHistory(Guid Id)
{
    public IReadOnlyList<MeasurePoint> Points { get; init; } = [];

    public IReadOnlyList<MeasureResult> Results { get; init; } = [];
}

public sealed class MeasureHistoryProjection : SingleStreamProjection<MeasureHistory, Guid>
{
    public static MeasureHistory Create(IEvent<ScreeningCompleted> e) => Apply(e.Data, new MeasureHistory(e.StreamId));

    public static MeasureHistory Create(IEvent<MeasureCompleted> e) => Apply(e.Data, new MeasureHistory(e.StreamId));

    public static MeasureHistory Create(IEvent<AssessmentCompleted> e) => Apply(e.Data, new MeasureHistory(e.StreamId));

    public static MeasureHistory Create(IEvent<TreatmentSessionRecorded> e) =>
        Apply(e.Data, new MeasureHistory(e.StreamId));

    public static MeasureHistory Apply(ScreeningCompleted e, MeasureHistory history) =>
        e.Phq9Total is null && e.Gad7Total is null
            ? history
            : history with
            {
                Points =
                [
                    .. history.Points,
                    new(e.CompletedAt, MeasureOccasion.Screening, null, e.Phq9Total, e.Gad7Total),
                ],
            };

    public static MeasureHistory Apply(MeasureCompleted e, MeasureHistory history) =>
        history with
        {
            Results = [.. history.Results, new(e.CompletedAt, e.Measure, e.Occasion, e.Total, e.Band, e.AtCaseness)],
        };

    public static MeasureHistory Apply(AssessmentCompleted e, MeasureHistory history) =>
        history with
        {
            Points = [.. history.Points, new(e.AssessedAt, MeasureOccasion.Assessment, null, e.Phq9Total, e.Gad7Total)],
        };

    public static MeasureHistory Apply(TreatmentSessionRecorded e, MeasureHistory history) =>
        history with
        {
            Points =
            [
                .. history.Points,
                new(e.RecordedAt, MeasureOccasion.Session, e.SessionNumber, e.Phq9Total, e.Gad7Total),
            ],
        };
}
