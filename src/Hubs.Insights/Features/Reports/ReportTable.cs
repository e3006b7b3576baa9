using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.Wording;

namespace Hubs.Insights.Features.Reports;

/// <summary>
/// A published table on the sheets in 8 pt type. Each column is at least as wide as its longest heading word and its
/// widest figure, so no word is broken; a table too wide for the sheet is split into parts that each repeat the
/// row labels, and a part that runs on to a new sheet repeats its heading row.
/// </summary>
internal static class ReportTable
{
    private const double Padding = 8;

    public static void Draw(ReportSheet sheet, PublishedTable table)
    {
        var rows = table
            .Rows.Select(r => (Cells: (string[])[CommissionerWords.Of(r.Label), .. r.Cells.Select(Shown)], r.IsTotal))
            .ToList();
        var headings = (string[])["Group", .. table.Columns.Select(c => c.Label)];
        var narrowest = headings
            .Select((h, i) => Narrowest(sheet, h, rows.Select(r => (r.Cells[i], r.IsTotal))))
            .ToArray();
        var labels = Math.Max(
            narrowest[0],
            Math.Min(sheet.Width * 0.34, rows.Max(r => sheet.Measure(r.Cells[0], r.IsTotal)) + Padding)
        );
        var parts = Parts(narrowest, sheet.Width - labels);
        for (var part = 0; part < parts.Count; part++)
        {
            var columns = parts[part];
            var spare = (sheet.Width - labels - columns.Sum(c => narrowest[c])) / columns.Count;
            var widths = (double[])[labels, .. columns.Select(c => narrowest[c] + spare)];
            string[] Pick(string[] cells) => [cells[0], .. columns.Select(c => cells[c])];
            if (part > 0)
            {
                sheet.KeepTogether(60);
                sheet.Heading($"{table.Title}, continued", 11);
            }

            sheet.Row(Pick(headings), widths, bold: true);
            foreach (var (cells, total) in rows)
            {
                if (!sheet.Fits(sheet.RowHeight(Pick(cells), widths, total)))
                {
                    sheet.KeepTogether(double.MaxValue);
                    sheet.Row(Pick(headings), widths, bold: true);
                }

                sheet.Row(Pick(cells), widths, total);
            }

            sheet.Space(10);
        }
    }

    private static string Shown(PublishedCell cell) =>
        cell.Status == CellStatus.Suppressed ? PublishedCell.SuppressedMark : cell.Display;

    private static double Narrowest(ReportSheet sheet, string heading, IEnumerable<(string Text, bool Bold)> cells) =>
        Math.Max(
            heading.Split(' ').Max(w => sheet.Measure(w, bold: true)),
            cells.Select(c => c.Text.Split(' ').Max(w => sheet.Measure(w, c.Bold))).DefaultIfEmpty(0).Max()
        ) + Padding;

    /// <summary>
    /// The figure columns (1 on) in as few runs as fit beside the row labels, in order, evened out where they fit.
    /// </summary>
    private static List<List<int>> Parts(double[] narrowest, double room)
    {
        var greedy = Greedy(narrowest, room);
        var even = Enumerable
            .Range(1, narrowest.Length - 1)
            .Chunk((int)Math.Ceiling((narrowest.Length - 1.0) / greedy.Count))
            .Select(c => c.ToList())
            .ToList();
        return even.Count == greedy.Count && even.All(p => p.Sum(c => narrowest[c]) <= room) ? even : greedy;
    }

    private static List<List<int>> Greedy(double[] narrowest, double room)
    {
        var parts = new List<List<int>> { new() };
        for (var column = 1; column < narrowest.Length; column++)
        {
            if (parts[^1].Count > 0 && parts[^1].Sum(c => narrowest[c]) + narrowest[column] > room)
            {
                parts.Add([]);
            }

            parts[^1].Add(column);
        }

        return parts;
    }
}
