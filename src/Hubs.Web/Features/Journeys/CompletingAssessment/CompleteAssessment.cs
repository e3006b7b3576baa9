using FluentValidation;

namespace Hubs.Web.Features.Journeys.CompletingAssessment;

/// <summary>
/// The assessment: formulation summary, agreed plan, the intervention chosen and the baseline measures.
/// </summary>
public sealed record CompleteAssessment(
    InterventionType? Intervention,
    string Formulation,
    string AgreedPlan,
    int? Phq9Total,
    int? Gad7Total
);

public sealed class CompleteAssessmentValidator : AbstractValidator<CompleteAssessment>
{
    public CompleteAssessmentValidator()
    {
        RuleFor(x => x.Intervention).NotNull().WithMessage("Choose the intervention agreed.");
        RuleFor(x => x.Formulation)
            .NotEmpty()
            .WithMessage("Write a formulation summary.")
            .MaximumLength(8000)
            .WithMessage("The formulation must be 8000 characters or fewer.");
        RuleFor(x => x.AgreedPlan)
            .NotEmpty()
            .WithMessage("Write the plan agreed with the keyworker.")
            .MaximumLength(8000)
            .WithMessage("The plan must be 8000 characters or fewer.");
        RuleFor(x => x.Phq9Total)
            .NotNull()
            .WithMessage("Enter the PHQ-9 total (0 to 27).")
            .InclusiveBetween(0, 27)
            .WithMessage("Enter the PHQ-9 total (0 to 27).");
        RuleFor(x => x.Gad7Total)
            .NotNull()
            .WithMessage("Enter the GAD-7 total (0 to 21).")
            .InclusiveBetween(0, 21)
            .WithMessage("Enter the GAD-7 total (0 to 21).");
    }
}
