using FluentValidation;

namespace Hubs.Web.Features.Clinicians.EditingProfile;

/// <summary>One weekly working session as sent: a day ("Tuesday") and 24-hour times ("18:00", "21:00").</summary>
public sealed record WorkingSessionInput(string? Day, string? From, string? To);

/// <summary>
/// A hub admin's change to a clinician's profile: everything allocation uses except the cultural background,
/// which only the clinician sets (with their agreement) on their own profile.
/// </summary>
public sealed record ChangeClinicianProfile(
    string? Name,
    IReadOnlyList<string>? Professions,
    IReadOnlyList<string>? Modes,
    IReadOnlyList<string>? OutOfHours,
    IReadOnlyList<string>? Specialisms,
    IReadOnlyList<WorkingSessionInput>? WorkingPattern,
    string? Gender,
    IReadOnlyList<string>? Languages,
    bool Active = true
);

public sealed class ChangeClinicianProfileValidator : AbstractValidator<ChangeClinicianProfile>
{
    public ChangeClinicianProfileValidator()
    {
        RuleFor(c => c.Name)
            .NotEmpty()
            .WithMessage("Enter the clinician's name.")
            .MaximumLength(100)
            .WithMessage("Enter a name of 100 characters or fewer.");
        Codes(c => c.Professions, ClinicianWords.Professions, "professions");
        Codes(c => c.Modes, ClinicianWords.Modes, "ways of working");
        Codes(c => c.OutOfHours, ClinicianWords.OutOfHours, "out-of-hours times");
        Codes(c => c.Specialisms, ClinicianWords.Specialisms, "specialisms");
        RuleFor(c => c.WorkingPattern)
            .Must(p => WorkingPatternInput.Read(p).Error is null)
            .WithMessage(c => WorkingPatternInput.Read(c.WorkingPattern).Error);
        PersonalRules.Gender(RuleFor(c => c.Gender));
        PersonalRules.Languages(RuleFor(c => c.Languages));
    }

    private void Codes(
        System.Linq.Expressions.Expression<Func<ChangeClinicianProfile, IReadOnlyList<string>?>> list,
        IReadOnlyList<Shared.Choice> choices,
        string what
    ) =>
        RuleFor(list)
            .Must(codes => (codes ?? []).All(code => choices.Any(c => c.Value == code)))
            .WithMessage($"Choose {what} only from the list.");
}
