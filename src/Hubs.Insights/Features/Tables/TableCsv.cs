using System.Text;
using Hubs.Insights.Disclosure;

namespace Hubs.Insights.Features.Tables;

/// <summary>
/// A published table as CSV (RFC 4180): a header of column names, then each row's label and shown
/// values ("*" suppressed, "no data" for a base of 0). Only published cells are written.
/// </summary>
public static class TableCsv
{
    public const string ContentType = "text/csv";

    public static string Write(PublishedTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var csv = new StringBuilder();
        Line(csv, table.Columns.Select(c => c.Label).Prepend("Group"));
        foreach (var row in table.Rows)
        {
            Line(csv, row.Cells.Select(c => c.Display).Prepend(row.Label));
        }

        return csv.ToString();
    }

    private static void Line(StringBuilder csv, IEnumerable<string> fields) =>
        csv.Append(string.Join(',', fields.Select(Field))).Append("\r\n");

    /// <summary>Quotes where needed, and defuses a leading formula character for spreadsheets.</summary>
    private static string Field(string value)
    {
        if (value.Length > 0 && "=+@\t\r".Contains(value[0], StringComparison.Ordinal))
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }
}
