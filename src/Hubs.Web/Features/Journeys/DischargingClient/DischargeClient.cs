using FluentValidation;

namespace Hubs.Web.Features.Journeys.DischargingClient;

/// <summary>
/// End the journey: completed, dropped out, declined, moved on (to a service of the Hub's directory, if named) or no
/// contact.
/// </summary>
public sealed record DischargeClient(DischargeReason? Reason, string? Summary, Guid? MovedOnTo = null);

public sealed class DischargeClientValidator : AbstractValidator<DischargeClient>
{
    public DischargeClientValidator()
    {
        RuleFor(x => x.Reason).NotNull().WithMessage("Choose why the client is discharged.");
        RuleFor(x => x.Summary)
            .MaximumLength(8000)
            .WithMessage("The discharge summary must be 8000 characters or fewer.");
        RuleFor(x => x.MovedOnTo)
            .Null()
            .When(x => x.Reason != DischargeReason.MovedOn)
            .WithMessage("Name where the client moved on to only when they moved on.");
    }
}
