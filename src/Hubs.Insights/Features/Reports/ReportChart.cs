using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.Wording;
using Hubs.Insights.Pages.Shared;
using PdfSharp.Drawing;

namespace Hubs.Insights.Features.Reports;

/// <summary>
/// A PDF table's chart: for each row, a bar per charted column, scaled to the largest shown value. Only shown values
/// are drawn (a suppressed or empty cell has no bar), so the chart holds no figure the table does not.
/// </summary>
internal static class ReportChart
{
    private static readonly XColor[] Colours =
    [
        XColor.FromArgb(0, 94, 184),
        XColor.FromArgb(0, 150, 65),
        XColor.FromArgb(218, 41, 28),
        XColor.FromArgb(65, 36, 96),
    ];

    public static void Draw(ReportSheet sheet, PublishedTable table, ChartSpec chart)
    {
        var columns = table
            .Columns.Select((c, i) => (Column: c, Index: i))
            .Where(c => chart.Columns.Contains(c.Column.Key))
            .ToList();
        var rows = table.Rows.Where(r => !r.IsTotal || table.Rows.Count == 1).ToList();
        var max = rows.SelectMany(r => columns.Select(c => r.Cells[c.Index].Value ?? 0)).DefaultIfEmpty(0).Max();
        if (columns.Count == 0 || max <= 0)
        {
            return;
        }

        for (var i = 0; i < columns.Count; i++)
        {
            sheet.KeepTogether(9);
            sheet.Graphics.DrawRectangle(new XSolidBrush(Colours[i % Colours.Length]), sheet.Left, sheet.Y + 1, 6, 6);
            sheet.Graphics.DrawString(
                columns[i].Column.Label,
                ReportSheet.Font(7),
                XBrushes.Black,
                new XPoint(sheet.Left + 10, sheet.Y + 7),
                XStringFormats.BaseLineLeft
            );
            sheet.Space(9);
        }

        var barHeight = 5.0;
        var labelWidth = Math.Min(190, sheet.Width * 0.38);
        foreach (var row in rows)
        {
            sheet.KeepTogether((barHeight * columns.Count) + 4);
            var top = sheet.Y;
            sheet.Graphics.DrawString(
                CommissionerWords.Of(row.Label),
                ReportSheet.Font(7),
                XBrushes.Black,
                new XPoint(sheet.Left, top + Math.Max(6, barHeight * columns.Count / 2) + 2),
                XStringFormats.BaseLineLeft
            );
            for (var i = 0; i < columns.Count; i++)
            {
                var value = (double)(row.Cells[columns[i].Index].Value ?? 0);
                var length = (sheet.Width - labelWidth) * value / (double)max;
                sheet.Graphics.DrawRectangle(
                    new XSolidBrush(Colours[i % Colours.Length]),
                    sheet.Left + labelWidth,
                    top + (i * barHeight),
                    length,
                    barHeight - 1
                );
            }

            sheet.Space(Math.Max(8, (barHeight * columns.Count) + 3));
        }

        sheet.Space(6);
    }
}
