using System.Globalization;
using System.Text;

namespace Hubs.Web.Features.Journeys.Searching;

/// <summary>
/// Text as search compares it: accents folded ("Zoë" → "zoe"), lower case, words split on anything not a letter or
/// digit.
/// </summary>
public static class SearchText
{
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
            }
        }

        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    public static IReadOnlyList<string> Words(string text) =>
        Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
