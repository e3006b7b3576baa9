using FluentValidation;
using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Features.Journeys.ManagingRisk;

/// <summary>
/// A structured risk assessment: the level now, risk and protective factors, the plan, and when to review it.
/// </summary>
public sealed record RecordRiskAssessment(
    RiskLevel? Level,
    string RiskFactors,
    string ProtectiveFactors,
    string Plan,
    DateOnly? ReviewBy
);

public sealed class RecordRiskAssessmentValidator : AbstractValidator<RecordRiskAssessment>
{
    public RecordRiskAssessmentValidator()
    {
        RuleFor(x => x.Level).NotNull().WithMessage("Say what the level of risk is now.");
        RuleFor(x => x.RiskFactors)
            .NotEmpty()
            .WithMessage("Describe the risk factors (or write that none were found).")
            .MaximumLength(4000)
            .WithMessage("The risk factors must be 4000 characters or fewer.");
        RuleFor(x => x.ProtectiveFactors)
            .NotEmpty()
            .WithMessage("Describe the protective factors.")
            .MaximumLength(4000)
            .WithMessage("The protective factors must be 4000 characters or fewer.");
        RuleFor(x => x.Plan)
            .NotEmpty()
            .WithMessage("Describe the plan to manage the risk.")
            .MaximumLength(4000)
            .WithMessage("The plan must be 4000 characters or fewer.");
        RuleFor(x => x.ReviewBy).NotNull().WithMessage("Enter the date by which the risk will be reviewed.");
    }
}
