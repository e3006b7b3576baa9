using FluentValidation;
using Hubs.Web.Features.AdverseEvents.LoggingAdverseEvent;
using Hubs.Web.Features.Journeys;

namespace Hubs.Web.Features.GroupSupport.StartingGroupSeries;

/// <summary>Start a recurring reflective group in the caller's Hub.</summary>
public sealed record StartGroupSeries(
    GroupKind? Kind,
    string Department,
    Sector? Sector,
    GroupCadence? Cadence,
    int DurationMinutes,
    FacilitatorKind? FacilitatorKind,
    Guid? FacilitatorId,
    string? ExternalRole,
    GroupMix? ProfessionMix,
    GroupMix? DepartmentMix,
    int MinSize,
    int MaxSize
) : IFacilitatorChoice;

public sealed class StartGroupSeriesValidator : AbstractValidator<StartGroupSeries>
{
    /// <summary>Reflective groups are small (src/DOMAIN-RULES.md, "Reflective group series").</summary>
    public const int Smallest = 2;
    public const int Largest = 12;

    public StartGroupSeriesValidator()
    {
        RuleFor(x => x.Kind).NotNull().WithMessage("Choose an intervision group or a clinical café.");
        RuleFor(x => x.Department).Must(DepartmentLabel.IsAcceptable).WithMessage(DepartmentLabel.Rule);
        RuleFor(x => x.Sector).NotNull().WithMessage("Choose the sector the members work in.");
        RuleFor(x => x.Cadence).NotNull().WithMessage("Choose how often the group meets.");
        RuleFor(x => x.DurationMinutes)
            .InclusiveBetween(30, 180)
            .WithMessage("A meeting lasts 30 minutes to 3 hours: enter its length in minutes.");
        Include(FacilitatorChoiceValidator.Rules);
        RuleFor(x => x.ProfessionMix).NotNull().WithMessage("Say whether members share a profession or are mixed.");
        RuleFor(x => x.DepartmentMix).NotNull().WithMessage("Say whether members share a department or are mixed.");
        RuleFor(x => x.MinSize)
            .InclusiveBetween(Smallest, Largest)
            .WithMessage($"The smallest group is {Smallest} to {Largest} members.");
        RuleFor(x => x.MaxSize)
            .InclusiveBetween(Smallest, Largest)
            .WithMessage($"The largest group is {Smallest} to {Largest} members.")
            .GreaterThanOrEqualTo(x => x.MinSize)
            .WithMessage("The largest group cannot be smaller than the smallest.");
    }
}
