using FluentValidation;

namespace Hubs.Web.Features.Journeys.SteppingCare;

/// <summary>At a review: change the planned intervention, with a coded reason and a re-assessment note.</summary>
public sealed record StepIntervention(InterventionType? To, StepReason? Reason, string? Reassessment);

public sealed class StepInterventionValidator : AbstractValidator<StepIntervention>
{
    public StepInterventionValidator()
    {
        RuleFor(x => x.To).NotNull().WithMessage("Choose the intervention from now on.");
        RuleFor(x => x.Reason).NotNull().WithMessage("Choose the main reason for the change.");
        RuleFor(x => x.Reassessment)
            .NotEmpty()
            .WithMessage("Write the re-assessment behind the change.")
            .MaximumLength(8000)
            .WithMessage("The re-assessment must be 8000 characters or fewer.");
    }
}
