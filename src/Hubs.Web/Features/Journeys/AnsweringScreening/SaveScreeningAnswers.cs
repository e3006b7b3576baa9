using FluentValidation;
using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Features.Journeys.AnsweringScreening;

/// <summary>
/// The answers to the step the plan asked for: item id → value, online by the keyworker or by phone.
/// </summary>
public sealed record SaveScreeningAnswers(ScreeningSource? Source, MeasureId? Measure, Dictionary<string, int> Answers);

public sealed class SaveScreeningAnswersValidator : AbstractValidator<SaveScreeningAnswers>
{
    public SaveScreeningAnswersValidator()
    {
        RuleFor(x => x.Source).NotNull().WithMessage("Say whether the answers were given online or by phone.");
        RuleFor(x => x.Measure).NotNull().WithMessage("Say which questionnaire these answers belong to.");
        RuleFor(x => x.Answers).NotEmpty().WithMessage("Give at least one answer.");
    }
}

/// <summary>What the keyworker (or clinician on the phone) sees next, and the version for the next save.</summary>
public sealed record ScreeningProgressAnswer(
    Guid Id,
    long Version,
    string Next,
    MeasureId? Measure,
    IReadOnlyList<ItemDefinition> Items,
    RiskLevel Risk
);
