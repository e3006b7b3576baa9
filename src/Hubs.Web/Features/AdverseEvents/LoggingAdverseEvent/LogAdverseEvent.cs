using FluentValidation;

namespace Hubs.Web.Features.AdverseEvents.LoggingAdverseEvent;

/// <summary>
/// Log an adverse event in the lead's Hub: where (with the department's sector, a code Insights can count by), when
/// and how many staff — never who.
/// </summary>
public sealed record LogAdverseEvent(
    string Department,
    DateOnly? OccurredOn,
    int StaffInvolved,
    Kernel.PartnerSector? Sector = null
);

public sealed class LogAdverseEventValidator : AbstractValidator<LogAdverseEvent>
{
    public LogAdverseEventValidator()
    {
        RuleFor(x => x.Department).Must(DepartmentLabel.IsAcceptable).WithMessage(DepartmentLabel.Rule);
        RuleFor(x => x.OccurredOn).NotNull().WithMessage("Enter the date of the event, like 2026-11-20.");
        RuleFor(x => x.StaffInvolved)
            .InclusiveBetween(1, 200)
            .WithMessage("Enter how many staff were involved, as a number from 1 to 200 (never their names).");
        RuleFor(x => x.Sector).IsInEnum().WithMessage("Choose the sector of the department from the list.");
    }
}
