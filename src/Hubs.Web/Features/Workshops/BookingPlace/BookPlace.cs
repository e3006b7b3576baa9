using FluentValidation;
using Hubs.Web.Features.Journeys;

namespace Hubs.Web.Features.Workshops.BookingPlace;

/// <summary>
/// Book a place for the signed-in keyworker: the name the facilitator will use (seen by the Hub's staff only)
/// and the sector they work in (the workshop must be open to it).
/// </summary>
public sealed record BookPlace(string Name, Sector? Sector);

public sealed class BookPlaceValidator : AbstractValidator<BookPlace>
{
    public BookPlaceValidator()
    {
        RuleFor(x => x.Name)
            .Must(n => n?.Trim() is { Length: >= 1 and <= 60 })
            .WithMessage("Enter the name the facilitator should call you (60 characters or fewer).");
        RuleFor(x => x.Sector)
            .Must(s => s is { } sector && Enum.IsDefined(sector))
            .WithMessage("Choose the sector you work in.");
    }
}
