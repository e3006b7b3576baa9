using FluentValidation;

namespace Hubs.Web.Features.Journeys.RecordingSession;

/// <summary>
/// A treatment session held at an attended appointment, with its PHQ-9 and GAD-7: either the item
/// answers (scored here by the questionnaire engine) or totals scored elsewhere.
/// </summary>
public sealed record RecordSession(
    Guid AppointmentId,
    int? Phq9Total,
    int? Gad7Total,
    string? Notes,
    Dictionary<string, int>? Phq9Answers = null,
    Dictionary<string, int>? Gad7Answers = null);

public sealed class RecordSessionValidator : AbstractValidator<RecordSession>
{
    public RecordSessionValidator()
    {
        RuleFor(x => x.AppointmentId).NotEmpty().WithMessage("Say which appointment the session was held at.");
        RuleFor(x => x.Phq9Total).NotNull().When(x => x.Phq9Answers is null).WithMessage("Enter the PHQ-9 answers or total.");
        RuleFor(x => x.Phq9Total).InclusiveBetween(0, 27).WithMessage("A PHQ-9 total is between 0 and 27.");
        RuleFor(x => x.Gad7Total).NotNull().When(x => x.Gad7Answers is null).WithMessage("Enter the GAD-7 answers or total.");
        RuleFor(x => x.Gad7Total).InclusiveBetween(0, 21).WithMessage("A GAD-7 total is between 0 and 21.");
        RuleFor(x => x.Notes).MaximumLength(8000).WithMessage("Session notes must be 8000 characters or fewer.");
    }
}
