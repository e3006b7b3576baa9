using FluentValidation;

namespace Hubs.Web.Features.Journeys.RecordingSession;

/// <summary>A treatment session held at an attended appointment, with its PHQ-9 and GAD-7 totals.</summary>
public sealed record RecordSession(Guid AppointmentId, int? Phq9Total, int? Gad7Total, string? Notes);

public sealed class RecordSessionValidator : AbstractValidator<RecordSession>
{
    public RecordSessionValidator()
    {
        RuleFor(x => x.AppointmentId).NotEmpty().WithMessage("Say which appointment the session was held at.");
        RuleFor(x => x.Phq9Total).NotNull().InclusiveBetween(0, 27).WithMessage("Enter the PHQ-9 total (0 to 27).");
        RuleFor(x => x.Gad7Total).NotNull().InclusiveBetween(0, 21).WithMessage("Enter the GAD-7 total (0 to 21).");
        RuleFor(x => x.Notes).MaximumLength(8000).WithMessage("Session notes must be 8000 characters or fewer.");
    }
}
