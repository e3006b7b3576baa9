using FluentValidation;

namespace Hubs.Web.Features.AdverseEvents.SupportingStaff;

/// <summary>The peer supporter first reached the staff involved, at a time that has passed.</summary>
public sealed record RecordFirstContact(DateTimeOffset? ContactedAt);

/// <summary>The check-in due <c>DayMark</c> days after first contact took place.</summary>
public sealed record RecordFollowUp(int DayMark, DateTimeOffset? CheckedInAt);

public sealed class RecordFirstContactValidator : AbstractValidator<RecordFirstContact>
{
    public RecordFirstContactValidator() =>
        RuleFor(x => x.ContactedAt).NotNull().WithMessage("Enter when you first made contact.");
}

public sealed class RecordFollowUpValidator : AbstractValidator<RecordFollowUp>
{
    public RecordFollowUpValidator()
    {
        RuleFor(x => x.DayMark).InclusiveBetween(1, 90).WithMessage("Choose which check-in this was.");
        RuleFor(x => x.CheckedInAt).NotNull().WithMessage("Enter when you checked in.");
    }
}
