using FluentValidation;

namespace Hubs.Web.Features.Clinicians.EditingOwnProfile;

/// <summary>
/// A clinician's change to the personal parts of their own profile. A cultural background is kept only with their
/// agreement that allocation may use it (src/DOMAIN-RULES.md: clinician characteristics feed allocation only).
/// </summary>
public sealed record ChangeOwnProfile(
    string? Name,
    string? Gender,
    IReadOnlyList<string>? Languages,
    string? CulturalBackground,
    bool AgreeToUseBackground
);

public sealed class ChangeOwnProfileValidator : AbstractValidator<ChangeOwnProfile>
{
    public ChangeOwnProfileValidator()
    {
        RuleFor(c => c.Name)
            .NotEmpty()
            .WithMessage("Enter your name as keyworkers and colleagues should see it.")
            .MaximumLength(100)
            .WithMessage("Enter a name of 100 characters or fewer.");
        PersonalRules.Gender(RuleFor(c => c.Gender));
        PersonalRules.Languages(RuleFor(c => c.Languages));
        RuleFor(c => c.CulturalBackground)
            .MaximumLength(100)
            .WithMessage("Describe your background in 100 characters or fewer.");
        RuleFor(c => c.AgreeToUseBackground)
            .Equal(true)
            .When(c => !string.IsNullOrWhiteSpace(c.CulturalBackground))
            .WithMessage("Tick to agree that allocation may use your background, or leave it blank.");
    }
}
