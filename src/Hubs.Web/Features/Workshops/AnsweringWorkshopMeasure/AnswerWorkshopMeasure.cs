using FluentValidation;

namespace Hubs.Web.Features.Workshops.AnsweringWorkshopMeasure;

/// <summary>The keyworker's answers to the workshop's brief measure, item id → value, before or after it.</summary>
public sealed record AnswerWorkshopMeasure(WorkshopOccasion? Occasion, Dictionary<string, int>? Answers);

public sealed class AnswerWorkshopMeasureValidator : AbstractValidator<AnswerWorkshopMeasure>
{
    public AnswerWorkshopMeasureValidator()
    {
        RuleFor(x => x.Occasion).NotNull().WithMessage("Say whether these answers are from before or after.");
        RuleFor(x => x.Answers).NotEmpty().WithMessage("Answer every question.");
    }
}
