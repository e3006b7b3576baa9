using FluentValidation;

namespace Hubs.Web.Features.Journeys.ReferringOn;

/// <summary>Signpost or refer the keyworker on to a service of the Hub's directory, with a coded reason.</summary>
public sealed record ReferOn(OnwardStage? Stage, OnwardKind? Kind, Guid? ServiceId, OnwardReason? Reason, string? Note);

public sealed class ReferOnValidator : AbstractValidator<ReferOn>
{
    public ReferOnValidator()
    {
        RuleFor(x => x.Stage).NotNull().WithMessage("Choose when in the journey this happened.");
        RuleFor(x => x.Kind).NotNull().WithMessage("Choose signposting or a referral.");
        RuleFor(x => x.ServiceId)
            .NotNull()
            .WithMessage("Choose the service from your Hub's directory.")
            .NotEqual(Guid.Empty)
            .WithMessage("Choose the service from your Hub's directory.");
        RuleFor(x => x.Reason).NotNull().WithMessage("Choose the main reason.");
        RuleFor(x => x.Note).MaximumLength(2000).WithMessage("The note must be 2000 characters or fewer.");
    }
}

/// <summary>What came of an onward referral or signpost.</summary>
public sealed record RecordOnwardOutcome(OnwardOutcome? Outcome);

public sealed class RecordOnwardOutcomeValidator : AbstractValidator<RecordOnwardOutcome>
{
    public RecordOnwardOutcomeValidator()
    {
        RuleFor(x => x.Outcome).NotNull().WithMessage("Choose what came of it.");
    }
}
