using Hubs.Web.Features.Shared;

namespace Hubs.Web.Features.Wording;

/// <summary>
/// Words for the evaluation codes (issue 19): presenting themes, work outcomes, the experience rating and
/// occasions. Clinician and keyworker read the same words here; every value is named (a new one throws).
/// </summary>
public static class EvaluationWords
{
    public static string Of(PresentingTheme theme) =>
        theme switch
        {
            PresentingTheme.TraumaticEventAtWork => "Traumatic event at work",
            PresentingTheme.AdverseIncident => "Adverse or patient-safety incident",
            PresentingTheme.MoralInjury => "Moral injury",
            PresentingTheme.Bereavement => "Bereavement",
            PresentingTheme.Burnout => "Burnout",
            PresentingTheme.BullyingOrHarassment => "Bullying or harassment",
            PresentingTheme.Racism => "Racism",
            PresentingTheme.LongCovid => "Long COVID",
            PresentingTheme.RelationshipOrHomeStress => "Relationship or home stress",
            PresentingTheme.Other => "Other",
            _ => throw Unnamed(theme),
        };

    public static string Of(WorkStatus status) =>
        status switch
        {
            WorkStatus.AtWork => "At work",
            WorkStatus.RestrictedDuties => "At work on restricted duties",
            WorkStatus.OffWork => "Off work",
            _ => throw Unnamed(status),
        };

    public static string Of(LeavingIntention leaving) =>
        leaving switch
        {
            LeavingIntention.No => "Not thinking of leaving",
            LeavingIntention.Role => "Thinking of leaving their role",
            LeavingIntention.Organisation => "Thinking of leaving their organisation",
            LeavingIntention.Profession => "Thinking of leaving their profession",
            _ => throw Unnamed(leaving),
        };

    public static string Of(EvaluationOccasion occasion) =>
        occasion switch
        {
            EvaluationOccasion.Assessment => "At assessment",
            EvaluationOccasion.Discharge => "At discharge",
            _ => throw Unnamed(occasion),
        };

    public static string Of(ExperienceRating rating) =>
        rating switch
        {
            ExperienceRating.VeryGood => "Very good",
            ExperienceRating.Good => "Good",
            ExperienceRating.Neither => "Neither good nor poor",
            ExperienceRating.Poor => "Poor",
            ExperienceRating.VeryPoor => "Very poor",
            ExperienceRating.DontKnow => "Don't know",
            _ => throw Unnamed(rating),
        };

    /// <summary>The clinician's view of research-contact consent: withdrawn when it was once given.</summary>
    public static string ResearchConsent(bool? consented, bool everConsented) =>
        consented switch
        {
            true => "Agreed to be contacted about research",
            false when everConsented => "Consent withdrawn: do not contact about research",
            false => "Declined contact about research",
            null => "Not answered: do not contact about research",
        };

    public static IReadOnlyList<Choice> Themes { get; } = Choices<PresentingTheme>(Of);

    public static IReadOnlyList<Choice> WorkStatuses { get; } = Choices<WorkStatus>(Of);

    public static IReadOnlyList<Choice> LeavingIntentions { get; } = Choices<LeavingIntention>(Of);

    public static IReadOnlyList<Choice> Ratings { get; } = Choices<ExperienceRating>(Of);

    private static Choice[] Choices<T>(Func<T, string> words)
        where T : struct, Enum => [.. Enum.GetValues<T>().Select(v => new Choice(v.ToString(), words(v)))];

    private static ArgumentOutOfRangeException Unnamed<T>(T value) =>
        new(nameof(value), value, $"No words for {typeof(T).Name}.{value}.");
}
