using Hubs.Insights.Disclosure;

namespace Hubs.Insights.Features.Feeds;

/// <summary>
/// A feed's JSON answer: one table of the catalogue as published (each cell perturbed and rounded, or
/// <c>suppressed</c>/<c>noData</c> with a null value), with the Hubs and period it covers.
/// </summary>
public sealed record FeedDocument(
    string Table,
    string Title,
    string Period,
    string? By,
    IReadOnlyList<string> Hubs,
    IReadOnlyList<PublishedColumn> Columns,
    IReadOnlyList<PublishedRow> Rows
)
{
    /// <summary>How to read the cells, so a client need not look it up.</summary>
    public string Disclosure => MethodText.Summary;

    /// <summary>Rows do not add up to totals: each total is protected as a cell of its own.</summary>
    public bool Additive => false;

    /// <summary>Where the method is explained, with the p-table's parameters.</summary>
    public string Method => MethodText.Href;
}
