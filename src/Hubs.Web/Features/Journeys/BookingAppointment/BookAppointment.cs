using FluentValidation;
using Hubs.Web.Features.Journeys.Events;

namespace Hubs.Web.Features.Journeys.BookingAppointment;

/// <summary>
/// An appointment for assessment or treatment. Out-of-hours is stated by the booker (shift workers'
/// preferences), not derived. The clinician defaults to the allocated one, then to the booker.
/// </summary>
public sealed record BookAppointment(
    AppointmentPurpose? Purpose, DateTimeOffset? StartsAt, int DurationMinutes, ContactMode? Mode, bool OutOfHours, Guid? ClinicianId);

public sealed class BookAppointmentValidator : AbstractValidator<BookAppointment>
{
    public BookAppointmentValidator()
    {
        RuleFor(x => x.Purpose).NotNull().WithMessage("Say whether this is an assessment or a treatment appointment.");
        RuleFor(x => x.StartsAt).NotNull().WithMessage("Enter when the appointment starts.");
        RuleFor(x => x.DurationMinutes).InclusiveBetween(10, 240).WithMessage("An appointment lasts 10 to 240 minutes.");
        RuleFor(x => x.Mode).NotNull().WithMessage("Choose in person, phone or video.");
    }
}
