using FluentValidation;
using Hubs.Web.Features.Journeys.Events;

namespace Hubs.Web.Features.Journeys.ChangingAppointment;

/// <summary>
/// Move a booked appointment to a new time or mode; it keeps its length and its clinician. The booking's diary
/// rules apply: a clash is refused, a warning refused until sent again with <c>ConfirmWarnings</c>.
/// </summary>
public sealed record RescheduleAppointment(DateTimeOffset? StartsAt, ContactMode? Mode, bool ConfirmWarnings = false);

/// <summary>Cancel a booked appointment, saying which side cancelled.</summary>
public sealed record CancelAppointment(CancelledBy? By, string? Reason);

/// <summary>Once the appointment has started: did the client attend?</summary>
public sealed record RecordAttendance(bool? Attended);

public sealed class RescheduleAppointmentValidator : AbstractValidator<RescheduleAppointment>
{
    public RescheduleAppointmentValidator()
    {
        RuleFor(x => x.StartsAt).NotNull().WithMessage("Enter the new start time.");
        RuleFor(x => x.Mode).NotNull().WithMessage("Choose in person, phone or video.");
    }
}

public sealed class CancelAppointmentValidator : AbstractValidator<CancelAppointment>
{
    public CancelAppointmentValidator()
    {
        RuleFor(x => x.By).NotNull().WithMessage("Say whether the client or the Hub cancelled.");
        RuleFor(x => x.Reason).MaximumLength(2000).WithMessage("The reason must be 2000 characters or fewer.");
    }
}

public sealed class RecordAttendanceValidator : AbstractValidator<RecordAttendance>
{
    public RecordAttendanceValidator() =>
        RuleFor(x => x.Attended).NotNull().WithMessage("Say whether the client attended.");
}
