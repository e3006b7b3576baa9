using FluentValidation;

namespace Hubs.Web.Features.AdverseEvents.KeepingPeerRegister;

/// <summary>A refresher was done on a day; the next falls due on another.</summary>
public sealed record RecordPeerSupporterRefresher(DateOnly? DoneOn, DateOnly? NextDue);

/// <summary>Available to take new events, or not at the moment.</summary>
public sealed record ChangePeerSupporterAvailability(bool? Available);

public sealed class RecordPeerSupporterRefresherValidator : AbstractValidator<RecordPeerSupporterRefresher>
{
    public RecordPeerSupporterRefresherValidator()
    {
        RuleFor(x => x.DoneOn).NotNull().WithMessage("Enter the date of the refresher, like 2026-11-20.");
        RuleFor(x => x.NextDue)
            .NotNull()
            .WithMessage("Enter when the next refresher is due, like 2027-11-20.")
            .GreaterThan(x => x.DoneOn)
            .When(x => x.DoneOn is not null)
            .WithMessage("The next refresher falls due after this one.");
    }
}

public sealed class ChangePeerSupporterAvailabilityValidator : AbstractValidator<ChangePeerSupporterAvailability>
{
    public ChangePeerSupporterAvailabilityValidator() =>
        RuleFor(x => x.Available).NotNull().WithMessage("Say whether they are available to take events.");
}
