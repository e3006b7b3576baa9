using Hubs.Web.Features.Shared;

namespace Hubs.Web.Features.Wording.Keyworker;

/// <summary>The answers offered for contact safety and support preferences (free to extend: stored as codes).</summary>
public static partial class KeyworkerWords
{
    public static readonly IReadOnlyList<Choice> Channels =
    [
        new("phone", "Phone call"),
        new("text", "Text message"),
        new("email", "Email"),
    ];

    public static readonly IReadOnlyList<Choice> SafeTimes =
    [
        new("morning", "Weekday mornings"),
        new("afternoon", "Weekday afternoons"),
        new("evening", "Weekday evenings"),
        new("weekend", "Weekends"),
    ];

    public static readonly IReadOnlyList<Choice> YesNo = [new("true", "Yes"), new("false", "No")];

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
        new("nights", "Between night shifts, during the day"),
    ];

    public static readonly IReadOnlyList<Choice> ClinicianCharacteristics =
    [
        new("gender", "Someone of a particular gender"),
        new("culture", "Someone who shares my ethnicity or cultural background"),
        new("language", "Someone who speaks my first language"),
    ];

    /// <summary>Chosen codes in words, in the order offered ("Phone call, Email").</summary>
    public static string Texts(IReadOnlyList<Choice> choices, IEnumerable<string> values) =>
        string.Join(", ", choices.Where(c => values.Contains(c.Value)).Select(c => c.Text));

    public static string YesNoText(bool? value) =>
        value switch
        {
            true => "Yes",
            false => "No",
            null => "",
        };
}
