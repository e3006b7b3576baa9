using FluentValidation;
using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Features.Hubs.ChangingSettings;

/// <summary>
/// A hub admin's change to their Hub's settings; <see cref="SessionMeasures"/> null leaves the questionnaires asked
/// before a session as they are.
/// </summary>
public sealed record ChangeHubSettings(
    IReadOnlyList<MeasureId> OptionalMeasures,
    int? Pcl5CutOff,
    int? NoContactDays,
    int? SlotMinutes = null,
    int? ContactWithinWorkingDays = null,
    int? ReplyWithinWorkingDays = null,
    IReadOnlyList<MeasureId>? SessionMeasures = null
);

public sealed class ChangeHubSettingsValidator : AbstractValidator<ChangeHubSettings>
{
    public ChangeHubSettingsValidator()
    {
        RuleFor(c => c.OptionalMeasures)
            .Cascade(CascadeMode.Stop)
            .NotNull()
            .WithMessage("Choose the questionnaires to add, or none.")
            .Must(measures => measures.All(Catalogue.OptionalMeasures.Contains))
            .WithMessage("Choose only from the questionnaires listed.")
            .Must(measures => measures.Distinct().Count() == measures.Count)
            .WithMessage("Choose each questionnaire once.");
        RuleFor(c => c.SessionMeasures)
            .Cascade(CascadeMode.Stop)
            .NotEmpty()
            .WithMessage("Choose at least one questionnaire to ask before each session.")
            .Must(measures => measures!.All(HubSettings.AllowedSessionMeasures.Contains))
            .WithMessage("Choose only from the questionnaires listed for before a session.")
            .Must(measures => measures!.Distinct().Count() == measures!.Count)
            .WithMessage("Choose each questionnaire to ask before a session once.")
            .When(c => c.SessionMeasures is not null);
        RuleFor(c => c.Pcl5CutOff)
            .NotNull()
            .WithMessage("Choose the PCL-5 cut-off.")
            .InclusiveBetween(ScoringOptions.LowestPcl5CutOff, ScoringOptions.HighestPcl5CutOff)
            .WithMessage(
                $"The PCL-5 cut-off must be {ScoringOptions.LowestPcl5CutOff}, "
                    + $"32 or {ScoringOptions.HighestPcl5CutOff}."
            );
        RuleFor(c => c.NoContactDays)
            .NotNull()
            .WithMessage("Enter after how many days without contact a case is flagged, like 21.")
            .InclusiveBetween(1, 365)
            .WithMessage("Enter a number of days from 1 to 365.");
        RuleFor(c => c.SlotMinutes)
            .InclusiveBetween(Journeys.AppointmentTimes.ShortestMinutes, Journeys.AppointmentTimes.LongestMinutes)
            .WithMessage(
                $"Enter an appointment length from {Journeys.AppointmentTimes.ShortestMinutes} "
                    + $"to {Journeys.AppointmentTimes.LongestMinutes} minutes."
            );
        RuleFor(c => c.ContactWithinWorkingDays)
            .InclusiveBetween(1, HubSettings.LongestWorkingDays)
            .WithMessage(
                "Enter within how many working days you contact a new "
                    + $"referral, from 1 to {HubSettings.LongestWorkingDays}."
            );
        RuleFor(c => c.ReplyWithinWorkingDays)
            .InclusiveBetween(1, HubSettings.LongestWorkingDays)
            .WithMessage(
                "Enter within how many working days you reply to a "
                    + $"message, from 1 to {HubSettings.LongestWorkingDays}."
            );
    }
}
