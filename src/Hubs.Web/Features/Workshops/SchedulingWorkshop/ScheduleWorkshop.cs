using FluentValidation;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Features.Workshops.SchedulingWorkshop;

/// <summary>Schedule a resilience workshop in the caller's Hub.</summary>
public sealed record ScheduleWorkshop(
    string Title,
    DateTimeOffset? StartsAt,
    int DurationMinutes,
    ContactMode? Mode,
    string? Venue,
    int Capacity,
    IReadOnlyList<Sector>? Sectors,
    MeasureId? Measure,
    Guid FacilitatorId
);

public sealed class ScheduleWorkshopValidator : AbstractValidator<ScheduleWorkshop>
{
    public const int MinPlaces = 4;
    public const int MaxPlaces = 12;

    public ScheduleWorkshopValidator()
    {
        RuleFor(x => x.Title)
            .Must(t => t?.Trim() is { Length: >= 3 and <= 80 })
            .WithMessage("Give the workshop a title of 3 to 80 characters.");
        RuleFor(x => x.StartsAt).NotNull().WithMessage("Enter when the workshop starts.");
        RuleFor(x => x.DurationMinutes)
            .InclusiveBetween(30, 480)
            .WithMessage("A workshop lasts 30 minutes to 8 hours.");
        RuleFor(x => x.Mode).NotNull().WithMessage("Choose whether it is in person, by phone or by video.");
        RuleFor(x => x.Venue)
            .Must((x, venue) => x.Mode != ContactMode.InPerson || !string.IsNullOrWhiteSpace(venue))
            .WithMessage("Say where an in-person workshop takes place.")
            .MaximumLength(120)
            .WithMessage("Keep the venue to 120 characters or fewer.");
        RuleFor(x => x.Capacity)
            .InclusiveBetween(MinPlaces, MaxPlaces)
            .WithMessage($"A resilience workshop has {MinPlaces} to {MaxPlaces} places.");
        RuleFor(x => x.Sectors)
            .Must(s => s is { Count: > 0 } && s.Distinct().Count() == s.Count && s.All(Enum.IsDefined))
            .WithMessage("Choose at least one sector whose keyworkers may book.");
        RuleFor(x => x.Measure)
            .Must(m => m is { } measure && WorkshopMeasures.Allowed.Contains(measure))
            .WithMessage("Choose the brief measure taken before and after: GAD-7, WSAS or ISI.");
        RuleFor(x => x.FacilitatorId).NotEmpty().WithMessage("Choose the clinician who runs the workshop.");
    }
}
