using FluentValidation;
using Hubs.Web.Features.Journeys.Events;

namespace Hubs.Web.Features.Journeys.CodingThemes;

/// <summary>The clinician codes what brought the keyworker to the Hub: one or more themes, codes only.</summary>
public sealed record CodePresentingThemes(IReadOnlyList<PresentingTheme>? Themes);

public sealed class CodePresentingThemesValidator : AbstractValidator<CodePresentingThemes>
{
    public CodePresentingThemesValidator()
    {
        RuleFor(x => x.Themes).NotEmpty().WithMessage("Choose at least one theme.");
        RuleForEach(x => x.Themes).IsInEnum().WithMessage("Choose themes from the list.");
        RuleFor(x => x.Themes)
            .Must(t => t is null || t.Distinct().Count() == t.Count)
            .WithMessage("Choose each theme once.");
    }
}

public static class CodePresentingThemesDecision
{
    /// <summary>
    /// From the assessment on (after triage) until the journey ends; a later coding replaces the last.
    /// </summary>
    public static Decision Decide(Journey journey, CodePresentingThemes command, Guid clinicianId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(journey);
        ArgumentNullException.ThrowIfNull(command);
        if (journey.HasEnded)
        {
            return JourneyRules.Ended(journey);
        }

        if (journey.Status is JourneyStatus.Submitted or JourneyStatus.Screened)
        {
            return Decision.Refuse("not-triaged", "Themes are coded at the assessment; triage comes first.");
        }

        PresentingTheme[] themes = [.. (command.Themes ?? []).Distinct().Order()];
        return Decision.Accept(new PresentingThemesCoded(journey.Id, now, clinicianId, themes));
    }
}
