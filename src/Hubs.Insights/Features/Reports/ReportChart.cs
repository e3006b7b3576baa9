using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.Wording;
using Hubs.Insights.Pages.Shared;
using PdfSharp.Drawing;

namespace Hubs.Insights.Features.Reports;

/// <summary>
/// A PDF table's chart: for each row, a bar per charted column against a scale from 0 (its values printed above the
/// bars, gridlines through them). Only shown values are drawn (a suppressed or empty cell has no bar), so the chart
/// holds no figure the table does not.
/// </summary>
internal static class ReportChart
{
    private const double Bar = 5;
    private const double Line = 10;

    private static readonly XColor[] Colours =
    [
        XColor.FromArgb(0, 94, 184),
        XColor.FromArgb(0, 150, 65),
        XColor.FromArgb(218, 41, 28),
        XColor.FromArgb(65, 36, 96),
    ];

    /// <summary>The points the chart takes (0 when there is nothing to draw), to keep it with its heading.</summary>
    public static double Height(PublishedTable table, ChartSpec chart)
    {
        var (columns, rows, max) = Charted(table, chart);
        return max <= 0 ? 0 : (Line * (columns.Count + 1)) + (rows.Count * Band(columns.Count)) + 6;
    }

    public static void Draw(ReportSheet sheet, PublishedTable table, ChartSpec chart)
    {
        var (columns, rows, max) = Charted(table, chart);
        if (max <= 0)
        {
            return;
        }

        for (var i = 0; i < columns.Count; i++)
        {
            sheet.KeepTogether(Line);
            sheet.Graphics.DrawRectangle(new XSolidBrush(Colours[i % Colours.Length]), sheet.Left, sheet.Y + 2, 6, 6);
            sheet.Graphics.DrawString(
                columns[i].Column.Label,
                ReportSheet.Font(ReportSheet.Type),
                XBrushes.Black,
                new XPoint(sheet.Left + 10, sheet.Y + 8),
                XStringFormats.BaseLineLeft
            );
            sheet.Space(Line);
        }

        var scale = ChartScale.For((double)max, columns.All(c => c.Column.Kind == ColumnKind.Percent));
        var labelWidth = Math.Min(190, sheet.Width * 0.38);
        var left = sheet.Left + labelWidth;
        var width = sheet.Width - labelWidth - 12;
        var band = Band(columns.Count);
        scale.DrawLabels(sheet, left, width);
        foreach (var row in rows)
        {
            var sheets = sheet.Sheets;
            sheet.KeepTogether(band);
            if (sheet.Sheets != sheets)
            {
                scale.DrawLabels(sheet, left, width);
            }

            var top = sheet.Y;
            scale.DrawGrid(sheet, left, width, top, band);
            sheet.Graphics.DrawString(
                CommissionerWords.Of(row.Label),
                ReportSheet.Font(ReportSheet.Type),
                XBrushes.Black,
                new XPoint(sheet.Left, top + (band / 2) + 3),
                XStringFormats.BaseLineLeft
            );
            for (var i = 0; i < columns.Count; i++)
            {
                var value = (double)(row.Cells[columns[i].Index].Value ?? 0);
                sheet.Graphics.DrawRectangle(
                    new XSolidBrush(Colours[i % Colours.Length]),
                    left,
                    top + 1 + (i * Bar),
                    width * value / scale.Top,
                    Bar - 1
                );
            }

            sheet.Space(band);
        }

        sheet.Space(6);
    }

    private static double Band(int columns) => Math.Max(Line + 2, (Bar * columns) + 4);

    private static (List<(PublishedColumn Column, int Index)> Columns, List<PublishedRow> Rows, decimal Max) Charted(
        PublishedTable table,
        ChartSpec chart
    )
    {
        var columns = table
            .Columns.Select((c, i) => (Column: c, Index: i))
            .Where(c => chart.Columns.Contains(c.Column.Key))
            .ToList();
        var rows = table.Rows.Where(r => !r.IsTotal || table.Rows.Count == 1).ToList();
        var max = rows.SelectMany(r => columns.Select(c => r.Cells[c.Index].Value ?? 0)).DefaultIfEmpty(0).Max();
        return (columns, rows, columns.Count == 0 ? 0 : max);
    }
}
