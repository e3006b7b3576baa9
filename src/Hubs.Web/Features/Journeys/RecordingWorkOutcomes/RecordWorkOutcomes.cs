using FluentValidation;
using Hubs.Web.Features.Journeys.Events;

namespace Hubs.Web.Features.Journeys.RecordingWorkOutcomes;

/// <summary>
/// Work outcomes at assessment or discharge: days off sick for mental health in the last 4 weeks, work status and
/// intention to leave. Coded, never free text. (The WSAS is a measure of its own, given through the measures form.)
/// </summary>
public sealed record RecordWorkOutcomes(
    EvaluationOccasion? Occasion,
    int? SickDays,
    WorkStatus? Status,
    LeavingIntention? Leaving
);

public sealed class RecordWorkOutcomesValidator : AbstractValidator<RecordWorkOutcomes>
{
    public const int MostSickDays = 28;

    public RecordWorkOutcomesValidator()
    {
        const string Occasion = "Say whether these are the work outcomes at assessment or at discharge.";
        const string Days = "Enter the days off sick for mental health in the last 4 weeks, from 0 to 28.";
        const string Status = "Choose whether they are at work, on restricted duties or off work.";
        const string Leaving = "Choose whether they are thinking of leaving their role, organisation or profession.";
        RuleFor(x => x.Occasion)
            .Cascade(CascadeMode.Stop)
            .NotNull()
            .WithMessage(Occasion)
            .IsInEnum()
            .WithMessage(Occasion);
        RuleFor(x => x.SickDays)
            .Cascade(CascadeMode.Stop)
            .NotNull()
            .WithMessage(Days)
            .InclusiveBetween(0, MostSickDays)
            .WithMessage(Days);
        RuleFor(x => x.Status).Cascade(CascadeMode.Stop).NotNull().WithMessage(Status).IsInEnum().WithMessage(Status);
        RuleFor(x => x.Leaving)
            .Cascade(CascadeMode.Stop)
            .NotNull()
            .WithMessage(Leaving)
            .IsInEnum()
            .WithMessage(Leaving);
    }
}

public static class RecordWorkOutcomesDecision
{
    /// <summary>
    /// At assessment: from triage on, while the journey is open. At discharge: once assessed, before or after the
    /// discharge itself (the form links from the discharge page), but never on a journey withdrawn or closed at
    /// triage. A later record of the same occasion replaces the earlier one.
    /// </summary>
    public static Decision Decide(Journey journey, RecordWorkOutcomes command, Guid clinicianId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(journey);
        ArgumentNullException.ThrowIfNull(command);
        var occasion = command.Occasion ?? EvaluationOccasion.Assessment;
        if (journey.Status is JourneyStatus.Withdrawn or JourneyStatus.ClosedAtTriage)
        {
            return JourneyRules.Ended(journey);
        }

        if (journey.Status is JourneyStatus.Submitted or JourneyStatus.Screened)
        {
            return Decision.Refuse("not-triaged", "Work outcomes are recorded from the assessment on.");
        }

        if (occasion == EvaluationOccasion.Assessment && journey.HasEnded)
        {
            return JourneyRules.Ended(journey);
        }

        if (occasion == EvaluationOccasion.Discharge && journey.AssessedAt is null)
        {
            return Decision.Refuse("not-assessed", "Work outcomes at discharge come after the assessment.");
        }

        return Decision.Accept(
            new WorkOutcomesRecorded(
                journey.Id,
                now,
                clinicianId,
                occasion,
                command.SickDays ?? 0,
                command.Status ?? WorkStatus.AtWork,
                command.Leaving ?? LeavingIntention.No
            )
        );
    }
}
