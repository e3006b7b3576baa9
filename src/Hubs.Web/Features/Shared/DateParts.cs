using System.Globalization;

namespace Hubs.Web.Features.Shared;

/// <summary>
/// The three boxes of an NHS.UK date input read as a date, with the design system's error wording:
/// what is missing first, then whether it is a real date. A year must have 4 digits.
/// </summary>
public static class DateParts
{
    public static (DateOnly? Date, string? Error) Read(string? day, string? month, string? year, string what)
    {
        var missing = new[] { ("day", day), ("month", month), ("year", year) }
            .Where(p => string.IsNullOrWhiteSpace(p.Item2))
            .Select(p => p.Item1)
            .ToList();
        if (missing.Count == 3)
        {
            return (null, $"Enter {what}");
        }

        if (missing.Count > 0)
        {
            return (
                null,
                $"{char.ToUpperInvariant(what[0])}{what[1..]} must include a {string.Join(" and a ", missing)}"
            );
        }

        return
            Number(day) is { } d
            && Number(month) is { } m
            && year!.Trim().Length == 4
            && Number(year) is { } y
            && y >= 1
            && m is >= 1 and <= 12
            && d >= 1
            && d <= DateTime.DaysInMonth(y, m)
            ? (new DateOnly(y, m, d), null)
            : (null, $"{char.ToUpperInvariant(what[0])}{what[1..]} must be a real date");
    }

    private static int? Number(string? value) =>
        int.TryParse(value?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}
