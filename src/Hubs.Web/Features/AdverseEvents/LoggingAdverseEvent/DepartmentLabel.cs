using System.Text.RegularExpressions;

namespace Hubs.Web.Features.AdverseEvents.LoggingAdverseEvent;

/// <summary>
/// The department of an adverse event is a short label, not free text. In a small Hub a department, a date and a
/// head count can already point at the people involved, so the label is kept to a department's name (letters,
/// short ward or unit numbers), never a title that introduces a person, a long number (a record or NHS number,
/// a date) or an address; it is shown only to the Hub lead and the assigned peer supporter and never published
/// (src/DOMAIN-RULES.md, "Adverse events").
/// </summary>
public static partial class DepartmentLabel
{
    public const int MaxLength = 40;

    public const string Rule =
        "Name the department only, like Emergency department or Ward 7 (40 characters or fewer): "
        + "no names or titles of patients or staff, no record numbers, dates or email addresses.";

    public static bool IsAcceptable(string? label) =>
        label?.Trim() is { Length: > 1 and <= MaxLength } text
        && AllowedCharacters().IsMatch(text)
        && !LongNumber().IsMatch(text)
        && !PersonalTitle().IsMatch(text);

    [GeneratedRegex(@"^[\p{L} ,.&'()/\-0-9]+$")]
    private static partial Regex AllowedCharacters();

    [GeneratedRegex(@"\d{4,}")]
    private static partial Regex LongNumber();

    // Titles that only ever introduce a person ("Dr Patel's patient", "Mrs Smith"): a department never has one.
    [GeneratedRegex(@"\b(dr|mr|mrs|ms|miss|mx|prof|professor|sir|dame)\b\.?", RegexOptions.IgnoreCase)]
    private static partial Regex PersonalTitle();
}
