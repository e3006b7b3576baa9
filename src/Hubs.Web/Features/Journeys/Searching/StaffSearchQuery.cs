using System.Text.RegularExpressions;
using Hubs.Web.Features.Journeys.SubmittingSelfReferral;
using Hubs.Web.Features.Shared;

namespace Hubs.Web.Features.Journeys.Searching;

/// <summary>
/// What a member of staff searches for, read from the search form: a date of birth when its boxes are filled, else
/// the text box as an email address (it has an @), a journey reference (8 hex digits, dash optional) or a name.
/// </summary>
public sealed partial record StaffSearchQuery(SearchKind Kind, string Text, DateOnly? Date)
{
    public const int MaxLength = 100;
    public const string TextField = "Q";
    public const string DateField = "Born";
    public const string NameTooShort = "Enter at least 3 letters of a first name or surname.";

    /// <summary>The query, or the form's error (field, message) in plain English.</summary>
    public static (StaffSearchQuery? Query, (string Field, string Message)? Error) Read(
        string? text,
        string? day,
        string? month,
        string? year
    )
    {
        if (!string.IsNullOrWhiteSpace(day) || !string.IsNullOrWhiteSpace(month) || !string.IsNullOrWhiteSpace(year))
        {
            var (date, error) = DateParts.Read(day, month, year, "the date of birth");
            return error is not null ? (null, (DateField, error))
                : !DateOfBirthRule.IsPlausible(date!.Value) ? (null, (DateField, DateOfBirthRule.Implausible))
                : (new(SearchKind.DateOfBirth, "", date), null);
        }

        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return (null, (TextField, "Enter a name, email address or reference, or a date of birth."));
        }

        if (trimmed.Length > MaxLength || trimmed.Any(char.IsControl))
        {
            return (null, (TextField, $"Enter at most {MaxLength} letters, digits or punctuation marks."));
        }

        if (Reference().Match(trimmed) is { Success: true } reference)
        {
            return (
                new(
                    SearchKind.Reference,
                    $"{reference.Groups[1].Value}-{reference.Groups[2].Value}".ToUpperInvariant(),
                    null
                ),
                null
            );
        }

        if (trimmed.Contains('@', StringComparison.Ordinal))
        {
            return (new(SearchKind.Email, trimmed.ToLowerInvariant(), null), null);
        }

        // The index finds a name by the trigrams of its words (README.md): one word of 3 letters is needed.
        return !SearchText.Words(trimmed).Any(w => w.Length >= SearchTokens.Trigram)
            ? (null, (TextField, NameTooShort))
            : (new(SearchKind.Name, trimmed, null), null);
    }

    [GeneratedRegex("^(?:ref\\s*)?([0-9a-fA-F]{4})-?([0-9a-fA-F]{4})$", RegexOptions.IgnoreCase)]
    private static partial Regex Reference();
}
