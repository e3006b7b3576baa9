using System.Text.Json.Serialization;

namespace Hubs.Insights.Disclosure;

/// <summary>What a column holds, so renderers can align and chart it; feeds carry it by name.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ColumnKind>))]
public enum ColumnKind
{
    Count,
    Percent,
    Number,
}

public sealed record PublishedColumn(string Key, string Label, ColumnKind Kind);

public sealed record PublishedRow(string Label, bool IsTotal, IReadOnlyList<PublishedCell> Cells);

/// <summary>
/// A disclosure-controlled table: the only table model pages, CSV and JSON feeds render. It holds no raw
/// figure; every cell went through <see cref="CellRules"/>.
/// </summary>
public sealed record PublishedTable(
    string Title,
    IReadOnlyList<PublishedColumn> Columns,
    IReadOnlyList<PublishedRow> Rows
)
{
    public PublishedCell Cell(string rowLabel, string columnKey)
    {
        var column = Columns.Select((c, i) => (c, i)).Single(x => x.c.Key == columnKey).i;
        return Rows.Single(r => r.Label == rowLabel).Cells[column];
    }
}
