using System.Globalization;
using PdfSharp.Drawing;

namespace Hubs.Insights.Features.Reports;

/// <summary>
/// A chart's scale: from 0 to a round top at or above the longest bar, in 4 to 6 equal steps of 1, 2 or 5 times a
/// power of ten (rates: 0% to 100% in steps of 25), labelled above the bars and drawn as gridlines through them.
/// </summary>
internal sealed record ChartScale(double Step, double Top, bool Percent)
{
    private static readonly XPen Grid = new(XColor.FromArgb(216, 221, 224), 0.5);

    public static ChartScale For(double max, bool percent)
    {
        if (percent && max <= 100)
        {
            return new ChartScale(25, 100, true);
        }

        var rough = max / 4;
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var step =
            (rough / power) switch
            {
                <= 1 => 1,
                <= 2 => 2,
                <= 5 => 5,
                _ => 10,
            } * power;
        return new ChartScale(step, Math.Ceiling(max / step) * step, percent);
    }

    private IEnumerable<double> Ticks => Enumerable.Range(0, (int)Math.Round(Top / Step) + 1).Select(i => i * Step);

    public void DrawLabels(ReportSheet sheet, double left, double width)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        sheet.KeepTogether(10);
        foreach (var tick in Ticks)
        {
            var text = tick.ToString("0.##", CultureInfo.InvariantCulture) + (Percent ? "%" : "");
            var at = new XPoint(left + (width * tick / Top), sheet.Y + 8);
            sheet.Graphics.DrawString(
                text,
                ReportSheet.Font(ReportSheet.Type),
                XBrushes.Black,
                at,
                XStringFormats.BaseLineCenter
            );
        }

        sheet.Space(10);
    }

    public void DrawGrid(ReportSheet sheet, double left, double width, double top, double height)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        foreach (var tick in Ticks)
        {
            var x = left + (width * tick / Top);
            sheet.Graphics.DrawLine(tick == 0 ? XPens.Black : Grid, x, top, x, top + height);
        }
    }
}
