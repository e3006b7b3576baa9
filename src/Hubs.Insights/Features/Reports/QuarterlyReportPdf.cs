using PdfSharp.Pdf;

namespace Hubs.Insights.Features.Reports;

/// <summary>
/// The quarterly report as an A4 PDF: each report page starts a new sheet, each table is drawn from its published
/// cells (a suppressed cell prints as *, never a value) after a bar chart of its charted columns. Every sheet names
/// its Hub and quarter and is numbered. Text is WinAnsi, so the PDF's text can be searched and read back.
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
            var hub = page.Hub is null ? "All your Hubs" : $"Hub: {page.Hub}";
            using var sheet = new ReportSheet(document, Margin, $"Quarterly report, {report.Quarter.Code} - {hub}");
            sheet.Heading($"Quarterly report, {report.Quarter.Code}", 15);
            sheet.Heading(hub, 12);
            sheet.Paragraph(Feeds.MethodText.Summary + " Suppressed figures show as *.", ReportSheet.Type);
            foreach (var table in page.Tables)
            {
                sheet.KeepTogether(60 + ReportChart.Height(table.Table, table.Chart));
                sheet.Heading(table.Table.Title, 11);
                sheet.Paragraph(table.Description, ReportSheet.Type);
                ReportChart.Draw(sheet, table.Table, table.Chart);
                ReportTable.Draw(sheet, table.Table);
            }
        }

        ReportSheet.NumberPages(document);
        using var output = new MemoryStream();
        document.Save(output);
        return output.ToArray();
    }
}
