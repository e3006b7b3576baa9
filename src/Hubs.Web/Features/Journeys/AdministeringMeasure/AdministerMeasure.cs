using FluentValidation;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Features.Journeys.AdministeringMeasure;

/// <summary>
/// A clinician gave one questionnaire of the catalogue at an assessment, a review or session, or at discharge:
/// the item answers (item id → value), scored here by the questionnaire engine, never a total typed in.
/// </summary>
public sealed record AdministerMeasure(MeasureId? Measure, MeasureOccasion? Occasion, Dictionary<string, int>? Answers);

public sealed class AdministerMeasureValidator : AbstractValidator<AdministerMeasure>
{
    public AdministerMeasureValidator()
    {
        const string WhichMeasure = "Say which questionnaire was given.";
        const string WhichOccasion = "Say whether it was given at the assessment, a session, a review or discharge.";
        RuleFor(x => x.Measure)
            .Cascade(CascadeMode.Stop)
            .NotNull()
            .WithMessage(WhichMeasure)
            .IsInEnum()
            .WithMessage(WhichMeasure);
        RuleFor(x => x.Occasion)
            .Cascade(CascadeMode.Stop)
            .NotNull()
            .WithMessage(WhichOccasion)
            .IsInEnum()
            .WithMessage(WhichOccasion)
            .NotEqual(MeasureOccasion.Screening)
            .WithMessage(WhichOccasion)
            .NotEqual(MeasureOccasion.PreSession)
            .WithMessage(WhichOccasion);
        RuleFor(x => x.Answers).NotEmpty().WithMessage("Give the answer to every question.");
        RuleFor(x => x)
            .Custom(
                (command, context) =>
                {
                    if (
                        command.Measure is not { } measure
                        || !Enum.IsDefined(measure)
                        || command.Answers is not { Count: > 0 } answers
                    )
                    {
                        return;
                    }

                    var definition = Catalogue.Get(measure);
                    var problems = AnswerCheck
                        .Values(definition, definition.Items, answers)
                        .Concat(AnswerCheck.Missing(definition, definition.Items, answers));
                    foreach (var problem in problems)
                    {
                        context.AddFailure($"Answers.{problem.ItemId}", problem.Message);
                    }
                }
            );
    }
}
