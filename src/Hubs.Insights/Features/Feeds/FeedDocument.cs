using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.Tables;

namespace Hubs.Insights.Features.Feeds;

/// <summary>
/// A feed's JSON answer: the table as published (every cell through disclosure control: a rounded count,
/// a rate or a median as <c>value</c>, or <c>suppressed</c>/<c>noData</c> with a null value), and the
/// filter and Hubs it covers.
/// </summary>
public sealed record FeedDocument(
    string Table,
    string Title,
    InsightsFilter Filter,
    string? By,
    IReadOnlyList<string> Hubs,
    IReadOnlyList<PublishedColumn> Columns,
    IReadOnlyList<PublishedRow> Rows)
{
    /// <summary>How to read the cells, so a client need not look it up.</summary>
    public string Disclosure => "Counts of 1-7 are suppressed (*), others rounded to the nearest 5; rates and medians on 1-7 people are suppressed; further cells are suppressed so that none can be worked out from the totals.";
}
