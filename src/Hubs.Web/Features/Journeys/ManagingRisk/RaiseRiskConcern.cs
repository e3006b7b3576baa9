using FluentValidation;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Features.Journeys.ManagingRisk;

/// <summary>
/// A clinician's concern about risk, from what they noticed or from a message (<c>MessageId</c>), with a note.
/// </summary>
public sealed record RaiseRiskConcern(RiskLevel? Level, RiskSource? Source, string Note, Guid? MessageId = null);

public sealed class RaiseRiskConcernValidator : AbstractValidator<RaiseRiskConcern>
{
    public RaiseRiskConcernValidator()
    {
        RuleFor(x => x.Level)
            .NotNull()
            .WithMessage("Say how urgent the risk is.")
            .NotEqual(RiskLevel.None)
            .WithMessage("Say how urgent the risk is.");
        RuleFor(x => x.Source)
            .Must(s => s is RiskSource.ClinicianConcern or RiskSource.Message)
            .WithMessage("Say whether this is your own concern or something said in a message.");
        RuleFor(x => x.Note)
            .NotEmpty()
            .WithMessage("Say what raised the concern.")
            .MaximumLength(4000)
            .WithMessage("The note must be 4000 characters or fewer.");
    }
}
