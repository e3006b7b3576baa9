namespace Hubs.Insights.Features.Feeds;

/// <summary>One table of the feed catalogue, with its address and the breakdowns it takes.</summary>
public sealed record FeedCatalogueEntry(
    string Table,
    string Name,
    string Description,
    string Href,
    string Rows,
    IReadOnlyList<string> By
);
