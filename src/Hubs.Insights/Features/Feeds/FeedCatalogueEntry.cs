namespace Hubs.Insights.Features.Feeds;

/// <summary>One table of the feed catalogue, with its address.</summary>
public sealed record FeedCatalogueEntry(string Table, string Name, string Description, string Href, bool BySector);
