using FluentValidation;
using Hubs.Web.Features.Journeys.Events;

namespace Hubs.Web.Features.Journeys.ChangingResearchConsent;

/// <summary>The keyworker gives (true) or withdraws (false) consent to be contacted about research.</summary>
public sealed record ChangeResearchConsent(bool? Consent);

public sealed class ChangeResearchConsentValidator : AbstractValidator<ChangeResearchConsent>
{
    public ChangeResearchConsentValidator() =>
        RuleFor(x => x.Consent).NotNull().WithMessage("Choose whether we may contact you about research.");
}

public static class ChangeResearchConsentDecision
{
    /// <summary>
    /// At any time, the journey ended or not (a withdrawal of consent must always be possible). Each change is an
    /// event; asking for what is already the case records nothing and says so.
    /// </summary>
    public static Decision Decide(Journey journey, ChangeResearchConsent command, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(journey);
        ArgumentNullException.ThrowIfNull(command);
        var consent = command.Consent ?? false;
        if (consent == journey.ResearchContactConsented)
        {
            return Decision.Refuse(
                "unchanged",
                consent
                    ? "You have already agreed that we may contact you about research."
                    : "We already will not contact you about research."
            );
        }

        return Decision.Accept(new ResearchContactConsentChanged(journey.Id, now, consent));
    }
}
