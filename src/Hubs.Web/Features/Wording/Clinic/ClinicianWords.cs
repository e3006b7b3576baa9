using Hubs.Web.Features.Shared;

namespace Hubs.Web.Features.Wording.Clinic;

/// <summary>
/// The codes a clinician's profile is stored in, with their words (free to extend: stored as codes). Modes and
/// out-of-hours codes are the keyworker's preference codes, so a wish and a profile compare code for code.
/// </summary>
public static class ClinicianWords
{
    public static readonly IReadOnlyList<Choice> Professions =
    [
        new("clinical-psychologist", "Clinical psychologist"),
        new("counselling-psychologist", "Counselling psychologist"),
        new("cbt-therapist", "CBT therapist"),
        new("psychotherapist", "Psychotherapist"),
        new("counsellor", "Counsellor"),
        new("mental-health-nurse", "Mental health nurse"),
        new("psychiatrist", "Psychiatrist"),
        new("occupational-therapist", "Occupational therapist"),
        new("wellbeing-practitioner", "Psychological wellbeing practitioner"),
    ];

    public static readonly IReadOnlyList<Choice> Modes =
    [
        new("in-person", "In person"),
        new("phone", "By phone"),
        new("video", "By video call"),
    ];

    public static readonly IReadOnlyList<Choice> OutOfHours =
    [
        new("early", "Early mornings, before 8am"),
        new("late", "Evenings, after 6pm"),
        new("weekend", "Weekends"),
        new("nights", "Daytime for people working night shifts"),
    ];

    public static readonly IReadOnlyList<Choice> Specialisms =
    [
        new("trauma", "Trauma"),
        new("moral-injury", "Moral injury"),
        new("racism-related-distress", "Racism-related distress"),
        new("bereavement", "Bereavement"),
        new("substance-use", "Alcohol and drug use"),
        new("sleep", "Sleep problems"),
    ];

    /// <summary>Chosen codes in words, in the order offered ("Trauma, Moral injury").</summary>
    public static string Texts(IReadOnlyList<Choice> choices, IEnumerable<string> values) =>
        string.Join(", ", choices.Where(c => values.Contains(c.Value)).Select(c => c.Text));

    /// <summary>A day in the plural, as a reason reads it ("Tuesdays").</summary>
    public static string Days(IEnumerable<DayOfWeek> days) =>
        string.Join(" and ", days.Distinct().Select(d => $"{d}s"));
}
