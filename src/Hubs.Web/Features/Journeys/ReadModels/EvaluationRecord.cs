using Hubs.Web.Features.Journeys.Events;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Hubs.Web.Features.Journeys.ReadModels;

/// <summary>Work outcomes as last recorded for one occasion.</summary>
public sealed record WorkOutcomes(
    EvaluationOccasion Occasion,
    DateTimeOffset RecordedAt,
    int SickDays,
    WorkStatus Status,
    LeavingIntention Leaving
);

/// <summary>One change of the keyworker's research-contact consent.</summary>
public sealed record ResearchConsentChange(DateTimeOffset At, bool Consented);

/// <summary>
/// The evaluation side of one journey (issue 19), for the record and "Your support": the coded presenting themes,
/// work outcomes by occasion, research-contact consent with every change, and which experience questionnaires were
/// given (never their answers: those stay sealed in the event). A journey has none until the first of them is
/// recorded: a referral writes no empty record (the write path, issue 22), and every reader takes a missing one as
/// empty.
/// </summary>
public sealed record EvaluationRecord(Guid Id)
{
    public IReadOnlyList<PresentingTheme> Themes { get; init; } = [];

    public IReadOnlyList<WorkOutcomes> Work { get; init; } = [];

    public IReadOnlyList<ResearchConsentChange> ResearchConsent { get; init; } = [];

    public IReadOnlyList<EvaluationOccasion> ExperienceGiven { get; init; } = [];

    /// <summary>Null until the keyworker has answered; then their latest answer.</summary>
    public bool? ResearchContactConsented => ResearchConsent.Count == 0 ? null : ResearchConsent[^1].Consented;

    public WorkOutcomes? WorkAt(EvaluationOccasion occasion) => Work.FirstOrDefault(w => w.Occasion == occasion);
}

public sealed class EvaluationRecordProjection : SingleStreamProjection<EvaluationRecord, Guid>
{
    public static EvaluationRecord Create(IEvent<PresentingThemesCoded> e) => Apply(e.Data, new(e.StreamId));

    public static EvaluationRecord Create(IEvent<WorkOutcomesRecorded> e) => Apply(e.Data, new(e.StreamId));

    public static EvaluationRecord Create(IEvent<ResearchContactConsentChanged> e) => Apply(e.Data, new(e.StreamId));

    public static EvaluationRecord Create(IEvent<ExperienceQuestionnaireCompleted> e) => Apply(e.Data, new(e.StreamId));

    public static EvaluationRecord Apply(PresentingThemesCoded e, EvaluationRecord r) => r with { Themes = e.Themes };

    public static EvaluationRecord Apply(WorkOutcomesRecorded e, EvaluationRecord r) =>
        r with
        {
            Work =
            [
                .. r.Work.Where(w => w.Occasion != e.Occasion),
                new(e.Occasion, e.RecordedAt, e.SickDays, e.Status, e.Leaving),
            ],
        };

    public static EvaluationRecord Apply(ResearchContactConsentChanged e, EvaluationRecord r) =>
        r with
        {
            ResearchConsent = [.. r.ResearchConsent, new(e.ChangedAt, e.Consented)],
        };

    public static EvaluationRecord Apply(ExperienceQuestionnaireCompleted e, EvaluationRecord r) =>
        r with
        {
            ExperienceGiven = [.. r.ExperienceGiven, e.Occasion],
        };
}
