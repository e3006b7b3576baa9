using FluentValidation;

namespace Hubs.Web.Features.AdverseEvents.RegisteringPeerSupporter;

/// <summary>
/// Add a trained peer supporter to the lead's Hub register: their staff account (which the hub admin invited with
/// the peer-supporter role), the name colleagues know them by, their supervising clinician and training dates.
/// </summary>
public sealed record RegisterPeerSupporter(
    Guid AccountId,
    string Name,
    Guid SupervisorId,
    DateOnly? TrainedOn,
    DateOnly? RefresherDue
);

public sealed class RegisterPeerSupporterValidator : AbstractValidator<RegisterPeerSupporter>
{
    public RegisterPeerSupporterValidator()
    {
        RuleFor(x => x.AccountId)
            .NotEmpty()
            .WithMessage("Enter the peer supporter's account id (shown to them on their peer support page).");
        RuleFor(x => x.Name)
            .NotEmpty()
            .WithMessage("Enter the peer supporter's name (80 characters or fewer).")
            .MaximumLength(80)
            .WithMessage("Enter the peer supporter's name (80 characters or fewer).");
        RuleFor(x => x.SupervisorId).NotEmpty().WithMessage("Choose the clinician who supervises them.");
        RuleFor(x => x.TrainedOn).NotNull().WithMessage("Enter the date they were trained, like 2026-03-14.");
        RuleFor(x => x.RefresherDue)
            .NotNull()
            .WithMessage("Enter the date their refresher is due, like 2027-03-14.")
            .GreaterThan(x => x.TrainedOn)
            .When(x => x.TrainedOn is not null)
            .WithMessage("The refresher falls due after the training date.");
    }
}
