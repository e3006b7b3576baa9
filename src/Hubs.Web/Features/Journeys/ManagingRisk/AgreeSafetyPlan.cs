using FluentValidation;

namespace Hubs.Web.Features.Journeys.ManagingRisk;

/// <summary>
/// A safety plan written with the keyworker, in their words: warning signs, what they can do themselves, people
/// and places, professionals, crisis lines, and making their surroundings safer. A new plan replaces the last.
/// </summary>
public sealed record AgreeSafetyPlan(
    string WarningSigns,
    string CopingStrategies,
    string? PeopleAndPlaces,
    string? ProfessionalContacts,
    string CrisisLines,
    string? SafeEnvironment
);

public sealed class AgreeSafetyPlanValidator : AbstractValidator<AgreeSafetyPlan>
{
    public AgreeSafetyPlanValidator()
    {
        RuleFor(x => x.WarningSigns).NotEmpty().WithMessage("Write the warning signs that a crisis may be coming.");
        RuleFor(x => x.CopingStrategies)
            .NotEmpty()
            .WithMessage("Write what the keyworker can do on their own to cope.");
        RuleFor(x => x.CrisisLines)
            .NotEmpty()
            .WithMessage("Write the crisis lines to call when other steps have not helped.");
        foreach (
            var part in new System.Linq.Expressions.Expression<Func<AgreeSafetyPlan, string?>>[]
            {
                x => x.WarningSigns,
                x => x.CopingStrategies,
                x => x.PeopleAndPlaces,
                x => x.ProfessionalContacts,
                x => x.CrisisLines,
                x => x.SafeEnvironment,
            }
        )
        {
            RuleFor(part).MaximumLength(2000).WithMessage("Each part of the plan must be 2000 characters or fewer.");
        }
    }
}
