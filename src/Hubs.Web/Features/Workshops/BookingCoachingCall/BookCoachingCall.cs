using FluentValidation;

namespace Hubs.Web.Features.Workshops.BookingCoachingCall;

/// <summary>Book a one-to-one coaching call in one of the free slots offered (a clinician and a start time).</summary>
public sealed record BookCoachingCall(Guid ClinicianId, DateTimeOffset? StartsAt);

public sealed class BookCoachingCallValidator : AbstractValidator<BookCoachingCall>
{
    public BookCoachingCallValidator()
    {
        RuleFor(x => x.ClinicianId).NotEmpty().WithMessage("Choose one of the times offered.");
        RuleFor(x => x.StartsAt).NotNull().WithMessage("Choose one of the times offered.");
    }
}
