using FluentValidation;

namespace Hubs.Web.Features.Journeys.DischargingClient;

/// <summary>End the journey: completed, dropped out, declined, moved on or no contact.</summary>
public sealed record DischargeClient(DischargeReason? Reason, string? Summary);

public sealed class DischargeClientValidator : AbstractValidator<DischargeClient>
{
    public DischargeClientValidator()
    {
        RuleFor(x => x.Reason).NotNull().WithMessage("Choose why the client is discharged.");
        RuleFor(x => x.Summary)
            .MaximumLength(8000)
            .WithMessage("The discharge summary must be 8000 characters or fewer.");
    }
}
