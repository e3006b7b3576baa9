using FluentValidation;

namespace Hubs.Web.Features.GroupSupport.RecordingMeeting;

/// <summary>
/// The meeting took place: how many came; names only of members who agreed, at the meeting, to be named (none by
/// default); and, at the first meeting, whether the group agreed its ground rules.
/// </summary>
public sealed record RecordGroupMeetingHeld(
    int AttendanceCount,
    IReadOnlyList<string>? NamedWithConsent = null,
    bool EveryoneNamedConsented = false,
    bool GroundRulesAgreed = false
)
{
    /// <summary>The names typed, trimmed, blanks dropped.</summary>
    public IReadOnlyList<string> Names =>
        [.. (NamedWithConsent ?? []).Select(n => n?.Trim() ?? "").Where(n => n.Length > 0)];
}

/// <summary>The meeting did not take place, and why (a code).</summary>
public sealed record CancelGroupMeeting(MeetingCancellationReason? Reason);

public sealed class RecordGroupMeetingHeldValidator : AbstractValidator<RecordGroupMeetingHeld>
{
    public RecordGroupMeetingHeldValidator()
    {
        RuleFor(x => x.AttendanceCount)
            .InclusiveBetween(1, 50)
            .WithMessage("Enter how many attended, as a number from 1 to 50.");
        RuleFor(x => x.EveryoneNamedConsented)
            .Equal(true)
            .When(x => x.Names.Count > 0)
            .WithMessage(
                "Only name members who agreed to be named: confirm that each person named agreed, or remove the names."
            );
        RuleFor(x => x.Names)
            .Must((x, names) => names.Count <= x.AttendanceCount)
            .WithMessage("You named more people than attended: check the names and the count.")
            .Must(names => names.All(n => n.Length <= 80 && !n.Any(char.IsControl)))
            .WithMessage("Enter each name on its own line, 80 characters or fewer.");
    }
}

public sealed class CancelGroupMeetingValidator : AbstractValidator<CancelGroupMeeting>
{
    public CancelGroupMeetingValidator() =>
        RuleFor(x => x.Reason).NotNull().WithMessage("Choose why the meeting did not take place.");
}
