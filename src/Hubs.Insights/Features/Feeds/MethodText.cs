namespace Hubs.Insights.Features.Feeds;

/// <summary>
/// The one-line account of the protection every page, CSV and feed carries, and the method page's address.
/// </summary>
public static class MethodText
{
    public const string Href = "/method";

    public const string Summary =
        "Every figure has a small random change (at most 2 either "
        + "way), made the same way wherever the same people are counted; "
        + "then counts of 1 to 7 are shown as *, other counts are rounded to the "
        + "nearest 5, and rates and medians about 1 to 7 people are shown as *. "
        + "Totals are protected on their own, so rows need not add up to them.";
}
