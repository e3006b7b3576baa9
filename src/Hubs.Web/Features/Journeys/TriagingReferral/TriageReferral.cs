using FluentValidation;

namespace Hubs.Web.Features.Journeys.TriagingReferral;

/// <summary>
/// A clinician's triage: assess here, signpost elsewhere (say where: a service of the Hub's directory, free text or
/// both), or not suitable; always with a reason.
/// </summary>
public sealed record TriageReferral(
    TriageOutcome? Outcome,
    string Reason,
    string? SignpostedTo,
    Guid? ServiceId = null,
    OnwardReason? SignpostReason = null
);

public sealed class TriageReferralValidator : AbstractValidator<TriageReferral>
{
    public TriageReferralValidator()
    {
        RuleFor(x => x.Outcome).NotNull().WithMessage("Choose a triage outcome.");
        RuleFor(x => x.Reason)
            .NotEmpty()
            .WithMessage("Give the reason for this triage outcome.")
            .MaximumLength(2000)
            .WithMessage("The reason must be 2000 characters or fewer.");
        RuleFor(x => x.SignpostedTo)
            .NotEmpty()
            .When(x => x.Outcome == TriageOutcome.SignpostElsewhere && x.ServiceId is null)
            .WithMessage("Say which service the keyworker is signposted to.");
        RuleFor(x => x.ServiceId)
            .Null()
            .When(x => x.Outcome != TriageOutcome.SignpostElsewhere)
            .WithMessage("Choose a service only when signposting elsewhere.");
        RuleFor(x => x.SignpostedTo)
            .MaximumLength(200)
            .WithMessage("The service name must be 200 characters or fewer.");
    }
}
