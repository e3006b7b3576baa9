using FluentValidation;

namespace Hubs.Web.Features.TeamActivities;

/// <summary>Plan a team activity in the caller's Hub.</summary>
public sealed record PlanTeamActivity(
    TeamActivityKind? Kind,
    string Team,
    DateTimeOffset? StartsAt,
    int DurationMinutes,
    Guid FacilitatorId
);

/// <summary>The activity took place; how many came (a count, never names).</summary>
public sealed record RecordTeamActivityHeld(int AttendanceCount);

public sealed class PlanTeamActivityValidator : AbstractValidator<PlanTeamActivity>
{
    public PlanTeamActivityValidator()
    {
        RuleFor(x => x.Kind).NotNull().WithMessage("Choose the kind of activity.");
        RuleFor(x => x.Team)
            .NotEmpty()
            .WithMessage("Name the team or service (120 characters or fewer).")
            .MaximumLength(120)
            .WithMessage("Name the team or service (120 characters or fewer).");
        RuleFor(x => x.StartsAt).NotNull().WithMessage("Enter when the activity starts.");
        RuleFor(x => x.DurationMinutes)
            .InclusiveBetween(15, 480)
            .WithMessage("An activity lasts 15 minutes to 8 hours.");
        RuleFor(x => x.FacilitatorId).NotEmpty().WithMessage("Choose the facilitator.");
    }
}

public sealed class RecordTeamActivityHeldValidator : AbstractValidator<RecordTeamActivityHeld>
{
    public RecordTeamActivityHeldValidator() =>
        RuleFor(x => x.AttendanceCount).InclusiveBetween(1, 500).WithMessage("Enter how many attended (1 to 500).");
}
