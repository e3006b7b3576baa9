using FluentValidation;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Privacy;

namespace Hubs.Web.Features.Journeys.WithdrawingJourney;

/// <summary>The keyworker withdraws; a reason is optional and never required of them.</summary>
public sealed record WithdrawJourney(string? Reason);

public sealed class WithdrawJourneyValidator : AbstractValidator<WithdrawJourney>
{
    public WithdrawJourneyValidator() =>
        RuleFor(x => x.Reason).MaximumLength(2000).WithMessage("The reason must be 2000 characters or fewer.");
}

public static class WithdrawJourneyDecision
{
    public static Decision Decide(Journey journey, WithdrawJourney command, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(journey);
        ArgumentNullException.ThrowIfNull(command);
        return journey.HasEnded
            ? JourneyRules.Ended(journey)
            : EndingCancellations.With(
                journey,
                new JourneyWithdrawn(journey.Id, now, Personal.Text(journey.SealedWith, command.Reason)),
                CancelledBy.Client,
                now
            );
    }
}
