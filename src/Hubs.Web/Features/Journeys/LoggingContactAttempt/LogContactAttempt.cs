using FluentValidation;
using Hubs.Web.Features.Journeys.ChangingContactPreferences;
using Hubs.Web.Features.Journeys.Events;

namespace Hubs.Web.Features.Journeys.LoggingContactAttempt;

/// <summary>
/// A clinician's attempt to reach the keyworker: how, what came of it and when (null: the time is missing or not real).
/// </summary>
public sealed record LogContactAttempt(ContactChannel? Channel, ContactOutcome? Outcome, DateTimeOffset? AttemptedAt);

public sealed class LogContactAttemptValidator : AbstractValidator<LogContactAttempt>
{
    public LogContactAttemptValidator()
    {
        RuleFor(x => x.Channel).NotNull().WithMessage("Select how you tried to contact them.");
        RuleFor(x => x.Outcome).NotNull().WithMessage("Select what happened.");
        RuleFor(x => x.AttemptedAt).NotNull().WithMessage("Enter when you tried to contact them.");
    }
}
