using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.Wording;
using Hubs.Insights.Pages.Shared;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Hubs.Insights.Features.Reports;

/// <summary>
/// The quarterly report as an A4 PDF: each report page starts a new sheet, each table is drawn from its published
/// cells (a suppressed cell prints as *, never a value) with a bar chart of its charted columns. Text is WinAnsi, so
/// the PDF's text can be searched and read back.
/// </summary>
public static class QuarterlyReportPdf
{
    private const double Margin = 40;

    public static byte[] Render(QuarterlyReport report, string title)
    {
        ArgumentNullException.ThrowIfNull(report);
        ReportFonts.Install();
        using var document = new PdfDocument();
        document.Info.Title = title;
        foreach (var page in report.Pages)
        {
            var sheet = new ReportSheet(document, Margin);
            sheet.Heading(title, 15);
            sheet.Heading(page.Hub is null ? "All your Hubs" : $"Hub: {page.Hub}", 12);
            sheet.Paragraph(Feeds.MethodText.Summary + " Suppressed figures show as *.", 8);
            foreach (var table in page.Tables)
            {
                Table(sheet, table);
            }

            sheet.Dispose();
        }

        using var output = new MemoryStream();
        document.Save(output);
        return output.ToArray();
    }

    private static void Table(ReportSheet sheet, ChartedTable charted)
    {
        var table = charted.Table;
        sheet.KeepTogether(60 + (16 * table.Rows.Count));
        sheet.Heading(table.Title, 11);
        sheet.Paragraph(charted.Description, 8);
        ReportChart.Draw(sheet, table, charted.Chart);
        var widths = Widths(sheet.Width, table.Columns.Count);
        // Wide tables (the by-Hub and waits tables have up to 12 columns) in smaller type, so headings fit.
        var size = table.Columns.Count >= 8 ? 6.5 : 8;
        sheet.Row(["Group", .. table.Columns.Select(c => c.Label)], widths, bold: true, size);
        foreach (var row in table.Rows)
        {
            sheet.Row([CommissionerWords.Of(row.Label), .. row.Cells.Select(Shown)], widths, row.IsTotal, size);
        }

        sheet.Space(10);
    }

    private static string Shown(PublishedCell cell) =>
        cell.Status == CellStatus.Suppressed ? PublishedCell.SuppressedMark : cell.Display;

    private static double[] Widths(double width, int columns)
    {
        var first = columns >= 6 ? 72 : Math.Min(170, width * 0.34);
        return [first, .. Enumerable.Repeat((width - first) / Math.Max(1, columns), columns)];
    }
}
