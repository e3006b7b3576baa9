using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Hubs.Insights.Features.Reports;

/// <summary>
/// Writes down an A4 sheet, top to bottom, turning to a new sheet when the next block would not fit: headings,
/// wrapped paragraphs and table rows whose cells wrap within their column. Every sheet starts with the running line
/// (the report, quarter and Hub), so a sheet that falls out of the pile still says what it is.
/// </summary>
internal sealed class ReportSheet(PdfDocument document, double margin, string running) : IDisposable
{
    public const double Type = 8;

    private static readonly XPdfFontOptions Ansi = new(PdfFontEncoding.WinAnsi);

    // NHS dark grey: quieter than the body text, still legible in print.
    private static readonly XSolidBrush Grey = new(XColor.FromArgb(66, 84, 98));

    private PdfPage page = null!;
    private XGraphics? graphics;
    private double y;

    public double Width => XUnit.FromMillimeter(210).Point - (2 * margin);

    public double Left => margin;

    public double Y => y;

    public XGraphics Graphics => graphics ?? NewSheet();

    /// <summary>
    /// How many sheets this writer has started: a block that moved on to a new one redraws its heads.
    /// </summary>
    public int Sheets { get; private set; }

    public static XFont Font(double size, bool bold = false) =>
        new(ReportFonts.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, Ansi);

    public void Heading(string text, double size) => Paragraph(text, size, bold: true, after: 4);

    public void Paragraph(string text, double size, bool bold = false, double after = 6)
    {
        var font = Font(size, bold);
        foreach (var line in Wrap(text, font, Width))
        {
            KeepTogether(size * 1.3);
            Graphics.DrawString(line, font, XBrushes.Black, new XPoint(margin, y + size), XStringFormats.BaseLineLeft);
            y += size * 1.3;
        }

        y += after;
    }

    public double Measure(string text, bool bold = false) => Graphics.MeasureString(text, Font(Type, bold)).Width;

    public double RowHeight(IReadOnlyList<string> cells, double[] widths, bool bold) =>
        (cells.Select((c, i) => Wrap(c, Font(Type, bold), widths[i] - 6).Count).Max() * Type * 1.25) + 4;

    public bool Fits(double height) => graphics is not null && y + height <= page.Height.Point - margin;

    public void Row(IReadOnlyList<string> cells, double[] widths, bool bold)
    {
        var size = Type;
        var font = Font(size, bold);
        var lead = size * 1.25;
        var lines = cells.Select((c, i) => Wrap(c, font, widths[i] - 6)).ToList();
        var height = (lines.Max(l => l.Count) * lead) + 4;
        KeepTogether(height);
        var x = margin;
        for (var i = 0; i < cells.Count; i++)
        {
            for (var j = 0; j < lines[i].Count; j++)
            {
                var baseline = y + lead + (j * lead);
                var point = i == 0 ? new XPoint(x, baseline) : new XPoint(x + widths[i] - 4, baseline);
                var format = i == 0 ? XStringFormats.BaseLineLeft : XStringFormats.BaseLineRight;
                Graphics.DrawString(lines[i][j], font, XBrushes.Black, point, format);
            }

            x += widths[i];
        }

        y += height;
        Graphics.DrawLine(XPens.LightGray, margin, y, margin + Width, y);
    }

    public void Space(double points) => y += points;

    /// <summary>Starts a new sheet unless <paramref name="height"/> points still fit on this one.</summary>
    public void KeepTogether(double height)
    {
        if (graphics is null || y + height > page.Height.Point - margin)
        {
            NewSheet();
        }
    }

    public void Dispose() => graphics?.Dispose();

    /// <summary>"Page n of N" at the foot of every sheet, once all are written.</summary>
    public static void NumberPages(PdfDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        for (var i = 0; i < document.PageCount; i++)
        {
            var sheet = document.Pages[i];
            using var foot = XGraphics.FromPdfPage(sheet, XGraphicsPdfPageOptions.Append);
            var at = new XPoint(sheet.Width.Point / 2, sheet.Height.Point - 20);
            var number = $"Page {i + 1} of {document.PageCount}";
            foot.DrawString(number, Font(Type), Grey, at, XStringFormats.BaseLineCenter);
        }
    }

    private XGraphics NewSheet()
    {
        graphics?.Dispose();
        page = document.AddPage();
        page.Size = PageSize.A4;
        graphics = XGraphics.FromPdfPage(page);
        Sheets++;
        graphics.DrawString(running, Font(Type), Grey, new XPoint(margin, margin - 12), XStringFormats.BaseLineLeft);
        graphics.DrawLine(XPens.LightGray, margin, margin - 7, margin + Width, margin - 7);
        y = margin;
        return graphics;
    }

    private List<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var tried = line.Length == 0 ? word : line + " " + word;
            if (Graphics.MeasureString(tried, font).Width <= width)
            {
                line = tried;
                continue;
            }

            if (line.Length > 0)
            {
                lines.Add(line);
            }

            line = word;
            // A word wider than its column ("deterioration" in a narrow one) breaks where it must.
            while (line.Length > 1 && Graphics.MeasureString(line, font).Width > width)
            {
                var fits = Enumerable
                    .Range(1, line.Length - 1)
                    .Last(n => n == 1 || Graphics.MeasureString(line[..n] + "-", font).Width <= width);
                lines.Add(line[..fits] + "-");
                line = line[fits..];
            }
        }

        lines.Add(line);
        return lines;
    }
}
