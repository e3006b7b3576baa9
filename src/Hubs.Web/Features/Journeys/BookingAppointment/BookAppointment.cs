using FluentValidation;
using Hubs.Web.Features.Journeys.Events;

namespace Hubs.Web.Features.Journeys.BookingAppointment;

/// <summary>
/// An appointment for assessment or treatment. Whether it is out of hours follows from the Hub's opening
/// hours, never from the caller. The clinician defaults to the allocated one, then to the booker.
/// A warning (outside the keyworker's safe times, a mode they did not choose) is refused until the booker
/// sends it again with <c>ConfirmWarnings</c>; a clash is always refused.
/// </summary>
public sealed record BookAppointment(
    AppointmentPurpose? Purpose,
    DateTimeOffset? StartsAt,
    int DurationMinutes,
    ContactMode? Mode,
    Guid? ClinicianId,
    bool ConfirmWarnings = false
);

public sealed class BookAppointmentValidator : AbstractValidator<BookAppointment>
{
    public BookAppointmentValidator()
    {
        RuleFor(x => x.Purpose).NotNull().WithMessage("Say whether this is an assessment or a treatment appointment.");
        RuleFor(x => x.StartsAt).NotNull().WithMessage("Enter when the appointment starts.");
        RuleFor(x => x.Mode).NotNull().WithMessage("Choose in person, phone or video.");
    }
}
