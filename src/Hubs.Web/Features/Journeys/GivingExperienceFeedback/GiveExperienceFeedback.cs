using FluentValidation;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Privacy;

namespace Hubs.Web.Features.Journeys.GivingExperienceFeedback;

/// <summary>
/// The keyworker's experience questionnaire at assessment or discharge: statement answers (item id → 0–4; any may
/// be left out) and the overall rating, which is required.
/// </summary>
public sealed record GiveExperienceFeedback(
    EvaluationOccasion? Occasion,
    Dictionary<string, int>? Answers,
    ExperienceRating? Overall
);

public sealed class GiveExperienceFeedbackValidator : AbstractValidator<GiveExperienceFeedback>
{
    public GiveExperienceFeedbackValidator()
    {
        const string Occasion = "Say whether this is about your assessment or the end of your support.";
        const string Overall = "Choose how your experience of the Hub was overall.";
        RuleFor(x => x.Occasion)
            .Cascade(CascadeMode.Stop)
            .NotNull()
            .WithMessage(Occasion)
            .IsInEnum()
            .WithMessage(Occasion);
        RuleFor(x => x.Overall)
            .Cascade(CascadeMode.Stop)
            .NotNull()
            .WithMessage(Overall)
            .IsInEnum()
            .WithMessage(Overall);
        RuleFor(x => x)
            .Custom(
                (command, context) =>
                {
                    foreach (var (id, value) in command.Answers ?? [])
                    {
                        if (ExperienceItems.All.All(i => i.Id != id))
                        {
                            context.AddFailure($"Answers.{id}", $"There is no statement '{id}' in this questionnaire.");
                        }
                        else if (value is < 0 or > ExperienceItems.Highest)
                        {
                            context.AddFailure($"Answers.{id}", "Choose one of the answers from the list.");
                        }
                    }
                }
            );
    }
}

public static class GiveExperienceFeedbackDecision
{
    /// <summary>
    /// Offered once per occasion: about the assessment once it has been recorded, about the support once discharged.
    /// </summary>
    public static Decision Decide(Journey journey, GiveExperienceFeedback command, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(journey);
        ArgumentNullException.ThrowIfNull(command);
        var occasion = command.Occasion ?? EvaluationOccasion.Assessment;
        if (!IsOffered(journey, occasion))
        {
            return Decision.Refuse(
                "not-offered",
                occasion == EvaluationOccasion.Assessment
                    ? "You can tell us about your assessment once it has taken place."
                    : "You can tell us about your support once it has ended with the Hub."
            );
        }

        if (journey.ExperienceGiven.Contains(occasion))
        {
            return Decision.Refuse("already-given", "You have already told us about this. Thank you.");
        }

        var answers = (command.Answers ?? []).ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
        return Decision.Accept(
            new ExperienceQuestionnaireCompleted(
                journey.Id,
                now,
                occasion,
                Personal.Of(journey.SealedWith, answers),
                command.Overall ?? ExperienceRating.DontKnow,
                answers.Count,
                answers.Values.Count(v => v >= ExperienceItems.PositiveFrom)
            )
        );
    }

    /// <summary>Whether the questionnaire of this occasion may be given now (answered or not).</summary>
    public static bool IsOffered(Journey journey, EvaluationOccasion occasion)
    {
        ArgumentNullException.ThrowIfNull(journey);
        return occasion == EvaluationOccasion.Assessment
            ? journey.AssessedAt is not null && journey.Status != JourneyStatus.Withdrawn
            : journey.Status == JourneyStatus.Discharged;
    }
}
