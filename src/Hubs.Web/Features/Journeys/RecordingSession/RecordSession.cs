using FluentValidation;
using Hubs.Web.Features.Hubs.ChangingSettings;
using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Features.Journeys.RecordingSession;

/// <summary>
/// A treatment session held at an attended appointment, with its PHQ-9 and GAD-7: either the item
/// answers (scored here by the questionnaire engine) or totals scored elsewhere, plus PHQ-9 item 9 (thoughts of
/// self-harm, 0–3) and the clinician's risk review. Item 9 above 0 raises a risk signal. <paramref
/// name="Confirmed"/>: the Hub's other session questionnaires as the clinician confirmed them at the session.
/// </summary>
public sealed record RecordSession(
    Guid AppointmentId,
    int? Phq9Total,
    int? Gad7Total,
    string? Notes,
    Dictionary<string, int>? Phq9Answers = null,
    Dictionary<string, int>? Gad7Answers = null,
    int? Phq9Item9 = null,
    string? RiskReview = null,
    IReadOnlyList<ConfirmedMeasure>? Confirmed = null
);

public sealed class RecordSessionValidator : AbstractValidator<RecordSession>
{
    public RecordSessionValidator()
    {
        RuleFor(x => x.AppointmentId).NotEmpty().WithMessage("Say which appointment the session was held at.");
        RuleFor(x => x.Phq9Total)
            .NotNull()
            .When(x => x.Phq9Answers is null)
            .WithMessage("Enter the PHQ-9 answers or total.");
        RuleFor(x => x.Phq9Total).InclusiveBetween(0, 27).WithMessage("A PHQ-9 total is between 0 and 27.");
        RuleFor(x => x.Gad7Total)
            .NotNull()
            .When(x => x.Gad7Answers is null)
            .WithMessage("Enter the GAD-7 answers or total.");
        RuleFor(x => x.Gad7Total).InclusiveBetween(0, 21).WithMessage("A GAD-7 total is between 0 and 21.");
        RuleFor(x => x.Phq9Item9).InclusiveBetween(0, 3).WithMessage("PHQ-9 item 9 is answered 0, 1, 2 or 3.");
        RuleFor(x => x.Phq9Item9)
            .LessThanOrEqualTo(x => x.Phq9Total)
            .When(x => x.Phq9Total is not null && x.Phq9Answers is null)
            .WithMessage("PHQ-9 item 9 cannot be more than the PHQ-9 total.");
        RuleFor(x => x.RiskReview).MaximumLength(4000).WithMessage("The risk review must be 4000 characters or fewer.");
        RuleFor(x => x.Notes).MaximumLength(8000).WithMessage("Session notes must be 8000 characters or fewer.");
        RuleFor(x => x.Confirmed)
            .Must(c => c!.Select(m => m.Measure).Distinct().Count() == c!.Count)
            .When(x => x.Confirmed is not null)
            .WithMessage("Give each questionnaire's result once.");
        RuleForEach(x => x.Confirmed).SetValidator(new ConfirmedMeasureValidator());
    }
}

public sealed class ConfirmedMeasureValidator : AbstractValidator<ConfirmedMeasure>
{
    public ConfirmedMeasureValidator()
    {
        RuleFor(x => x.Measure)
            .Must(m => m is not (MeasureId.Phq9 or MeasureId.Gad7) && HubSettings.AllowedSessionMeasures.Contains(m))
            .WithMessage(
                "Only the questionnaires asked before a session, besides PHQ-9 and GAD-7, are confirmed here."
            );
        RuleFor(x => x.Total).NotNull().WithMessage(x => $"Enter the {Name(x)} total.");
        RuleFor(x => x.Total)
            .Must((x, total) => total is null || (total >= 0 && total <= Catalogue.Get(x.Measure).MaxTotal))
            .When(x => Enum.IsDefined(x.Measure))
            .WithMessage(x => $"The {Name(x)} total is between 0 and {Catalogue.Get(x.Measure).MaxTotal}.");
        RuleFor(x => x.Band)
            .Must((x, band) => Catalogue.Get(x.Measure).Banding.Bands.Any(b => b.Code == band))
            .When(x => Enum.IsDefined(x.Measure) && ConfirmedMeasure.BandIsChosen(x.Measure))
            .WithMessage(x => $"Choose the {Name(x)} result.");
    }

    private static string Name(ConfirmedMeasure measure) =>
        Enum.IsDefined(measure.Measure) ? Catalogue.Get(measure.Measure).Name : "questionnaire";
}
