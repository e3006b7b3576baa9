using System.Globalization;

namespace Hubs.Web.Features.Journeys.ReadingOwnJourneys;

/// <summary>
/// Which page of ended journeys "Your support" shows (5 a page). A page that is not a whole number from 1 shows
/// the first page and one past the end the last, each with a sentence saying so: a typed address is never an error.
/// </summary>
public sealed record PastSupportPage(int Number, int Count, bool Asked, string? Problem)
{
    public const int Size = 5;

    public static PastSupportPage Choose(string? asked, int ended)
    {
        var count = Math.Max(1, (ended + Size - 1) / Size);
        if (asked is null)
        {
            return new(1, count, false, null);
        }

        if (!int.TryParse(asked.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1)
        {
            return new(1, count, true, "Pages of past support are numbered from 1, so this is the first page.");
        }

        return number > count
            ? new(
                count,
                count,
                true,
                $"There is no page {number} of past support, so this is the last page, page {count} of {count}."
            )
            : new(number, count, true, null);
    }

    public IEnumerable<T> Of<T>(IEnumerable<T> ended) => ended.Skip((Number - 1) * Size).Take(Size);
}
