using Hubs.Web.Features.Questionnaires;
using Hubs.Web.Features.Shared;

namespace Hubs.Web.Features.Wording.Clinic;

/// <summary>
/// The choices the clinician forms offer, and reading them back; the words of each code are in
/// <see cref="ClinicWords"/>.
/// </summary>
public static class Words
{
    public static string TagOf(RiskLevel risk) =>
        risk switch
        {
            RiskLevel.Urgent => "nhsuk-tag--red",
            RiskLevel.Flag => "nhsuk-tag--orange",
            _ => "nhsuk-tag--grey",
        };

    public static readonly IReadOnlyList<Choice> TriageOutcomes =
    [
        new(nameof(TriageOutcome.Assess), "Assess here"),
        new(nameof(TriageOutcome.SignpostElsewhere), "Signpost to another service"),
        new(nameof(TriageOutcome.NotSuitable), "Not suitable for the Hub"),
    ];

    public static readonly IReadOnlyList<Choice> Interventions =
    [
        new(nameof(InterventionType.GuidedSelfHelp), "Guided self-help"),
        new(nameof(InterventionType.Cbt), "Cognitive behavioural therapy (CBT)"),
        new(nameof(InterventionType.TraumaFocusedCbt), "Trauma-focused CBT"),
        new(nameof(InterventionType.Emdr), "EMDR"),
        new(nameof(InterventionType.Counselling), "Counselling"),
        new(nameof(InterventionType.Group), "Group support"),
        new(nameof(InterventionType.Other), "Other"),
    ];

    /// <summary>When a clinician gives a questionnaire (screening has its own pages).</summary>
    public static readonly IReadOnlyList<Choice> MeasureOccasions =
    [
        new(nameof(MeasureOccasion.Assessment), "Assessment"),
        new(nameof(MeasureOccasion.Session), "Session"),
        new(nameof(MeasureOccasion.Review), "Review"),
        new(nameof(MeasureOccasion.Discharge), "Discharge"),
    ];

    public static readonly IReadOnlyList<Choice> DischargeReasons =
    [
        new(nameof(DischargeReason.Completed), "Completed the course"),
        new(nameof(DischargeReason.DroppedOut), "Dropped out"),
        new(nameof(DischargeReason.Declined), "Declined further support"),
        new(nameof(DischargeReason.MovedOn), "Moved on (another service or area)"),
        new(nameof(DischargeReason.NoContact), "No contact"),
    ];

    public static readonly IReadOnlyList<Choice> Modes =
    [
        .. Enum.GetValues<ContactMode>().Select(mode => new Choice(mode.ToString(), ClinicWords.Of(mode))),
    ];

    public static readonly IReadOnlyList<Choice> Purposes =
    [
        new(nameof(AppointmentPurpose.Assessment), "Assessment"),
        new(nameof(AppointmentPurpose.Treatment), "Treatment"),
    ];

    /// <summary>The words of a code from one of the choice lists above.</summary>
    public static string Of<T>(IReadOnlyList<Choice> choices, T? value)
        where T : struct, Enum =>
        value is null ? "" : choices.FirstOrDefault(c => c.Value == value.ToString())?.Text ?? value.ToString()!;

    /// <summary>A code posted from a choice list, or null when nothing (or something unknown) was chosen.</summary>
    public static T? Parse<T>(string? value)
        where T : struct, Enum =>
        Enum.TryParse<T>(value, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;

    /// <summary>A stored event's type name ("clinician_allocated") as words ("Clinician allocated").</summary>
    public static string Event(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = name.Replace('-', ' ').Replace('_', ' ');
        return words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];
    }

    /// <summary>A whole number typed in a box, or null when it is not one.</summary>
    public static int? Number(string? value) =>
        int.TryParse(
            value?.Trim(),
            System.Globalization.NumberStyles.Integer,
            System.Globalization.CultureInfo.InvariantCulture,
            out var n
        )
            ? n
            : null;
}
