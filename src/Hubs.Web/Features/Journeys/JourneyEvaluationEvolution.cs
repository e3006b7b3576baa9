using Hubs.Web.Features.Journeys.Events;

namespace Hubs.Web.Features.Journeys;

/// <summary>
/// The evaluation events (issue 19): what the decisions need of them is which experience questionnaires were
/// given (each once per occasion) and whether research contact is currently consented to.
/// </summary>
public sealed partial record Journey
{
    public IReadOnlyList<EvaluationOccasion> ExperienceGiven { get; init; } = [];

    /// <summary>Null until the keyworker first answers.</summary>
    public bool? ResearchContactConsented { get; init; }

    public Journey Apply(PresentingThemesCoded e) => this;

    public Journey Apply(WorkOutcomesRecorded e) => this;

    public Journey Apply(ResearchContactConsentChanged e) => this with { ResearchContactConsented = e.Consented };

    public Journey Apply(ExperienceQuestionnaireCompleted e) =>
        this with
        {
            ExperienceGiven = [.. ExperienceGiven, e.Occasion],
        };
}
