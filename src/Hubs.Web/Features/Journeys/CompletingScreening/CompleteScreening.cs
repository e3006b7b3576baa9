using FluentValidation;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Features.Journeys.CompletingScreening;

/// <summary>
/// Screening totals and the risk level, as the questionnaire engine (or a clinician by phone) scored
/// them. Brief screens may leave a full measure unasked, so the totals are optional.
/// </summary>
public sealed record CompleteScreening(int? Phq9Total, int? Gad7Total, RiskLevel? Risk, ScreeningTakenBy? TakenBy);

public sealed class CompleteScreeningValidator : AbstractValidator<CompleteScreening>
{
    public CompleteScreeningValidator()
    {
        RuleFor(x => x.Phq9Total).InclusiveBetween(0, 27).WithMessage("A PHQ-9 total is between 0 and 27.");
        RuleFor(x => x.Gad7Total).InclusiveBetween(0, 21).WithMessage("A GAD-7 total is between 0 and 21.");
        RuleFor(x => x.Risk).NotNull().WithMessage("Say whether the self-harm question raised a risk.");
        RuleFor(x => x.TakenBy).NotNull().WithMessage("Say who completed the screening.");
    }
}
