namespace Hubs.Insights.Disclosure;

/// <summary>
/// The raw figures of a table, the one input to <see cref="DisclosureControl.Publish"/>. A draft is never
/// rendered: only the <see cref="PublishedTable"/> made from it is.
/// </summary>
/// <param name="Title">Shown above the table and in feeds.</param>
/// <param name="RowLabels">The interior rows (groups), without the total row.</param>
/// <param name="TotalRow">Add a total row: count and rate columns are summed over the rows (the rows must
/// partition the population); summary columns take their <see cref="SummaryColumn.Total"/>.</param>
/// <param name="Columns">The figures, one column each; keys must be unique.</param>
/// <param name="TotalColumn">Add a total column summing each row; only for tables of counts (cross-tabs).</param>
/// <param name="TotalLabel">Label of the total row and column.</param>
public sealed record TableDraft(
    string Title,
    IReadOnlyList<string> RowLabels,
    IReadOnlyList<DraftColumn> Columns,
    bool TotalRow = true,
    bool TotalColumn = false,
    string TotalLabel = "Total");
