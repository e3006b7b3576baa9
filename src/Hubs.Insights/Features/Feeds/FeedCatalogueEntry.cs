namespace Hubs.Insights.Features.Feeds;

/// <summary>
/// One table of the feed catalogue, with its address, the breakdowns it takes and the kinds of period it is published
/// for.
/// </summary>
public sealed record FeedCatalogueEntry(
    string Table,
    string Name,
    string Description,
    string Href,
    string Rows,
    IReadOnlyList<string> By,
    IReadOnlyList<string> Periods
);
