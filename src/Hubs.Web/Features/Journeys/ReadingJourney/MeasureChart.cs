using System.Globalization;
using Hubs.Web.Features.Journeys.ReadModels;

namespace Hubs.Web.Features.Journeys.ReadingJourney;

/// <summary>One plotted score: where it sits on the chart and what it says.</summary>
public sealed record ChartPoint(double X, double Y, string Label, DateTimeOffset At, MarkedScore Score);

/// <summary>
/// A measure's scores over the journey, laid out for a server-rendered SVG: occasions evenly spaced
/// left to right, the caseness threshold as a dashed line, reliable change against the first score marked.
/// </summary>
public sealed record MeasureChart(
    string Id,
    string Measure,
    int Max,
    int Caseness,
    int ReliableChangeBy,
    IReadOnlyList<ChartPoint> Points
)
{
    public const double Width = 640;
    public const double Height = 260;
    public const double Left = 48;
    public const double Right = 24;
    public const double Top = 16;
    public const double Bottom = 40;

    public double CasenessY => YOf(Caseness);

    public string Line =>
        string.Join(' ', Points.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.X:0.#},{p.Y:0.#}")));

    public IEnumerable<(int Value, double Y)> Ticks =>
        Enumerable.Range(0, 5).Select(i => (int)Math.Round(Max * i / 4.0)).Select(v => (v, YOf(v)));

    public static MeasureChart For(
        string id,
        string measure,
        int max,
        int caseness,
        int reliableChangeBy,
        IReadOnlyList<(DateTimeOffset At, string Label, MarkedScore? Score)> occasions
    )
    {
        ArgumentNullException.ThrowIfNull(occasions);
        var scored = occasions.Where(o => o.Score is not null).ToList();
        var step = scored.Count > 1 ? (Width - Left - Right) / (scored.Count - 1) : 0;
        var points = scored
            .Select(
                (o, i) =>
                    new ChartPoint(
                        Left + (scored.Count > 1 ? i * step : (Width - Left - Right) / 2),
                        Top + ((Height - Top - Bottom) * (max - o.Score!.Score) / max),
                        o.Label,
                        o.At,
                        o.Score
                    )
            )
            .ToList();
        return new MeasureChart(id, measure, max, caseness, reliableChangeBy, points);
    }

    public static string Num(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>An SVG &lt;text&gt; element (Razor reserves the tag name for itself), its content encoded.</summary>
    public static Microsoft.AspNetCore.Html.HtmlString Text(double x, double y, string anchor, string content) =>
        new(
            $"<text x=\"{Num(x)}\" y=\"{Num(y)}\" text-anchor=\"{anchor}\">"
                + $"{System.Net.WebUtility.HtmlEncode(content)}</text>"
        );

    /// <summary>The chart in one sentence, for screen readers (the table below has every number).</summary>
    public string Summary()
    {
        if (Points.Count == 0)
        {
            return $"No {Measure} scores yet.";
        }

        var first = Points[0].Score.Score;
        var last = Points[^1];
        var words = ClinicWords.Of(last.Score.Change).ToLowerInvariant();
        var change = last.Score.Change == Change.None ? words : "a " + words;
        return $"{Measure}: {Points.Count} scores, first {first}, latest {last.Score.Score} ({change}). "
            + $"Caseness is {Caseness} or more.";
    }

    private double YOf(int value) => Top + ((Height - Top - Bottom) * (Max - value) / Max);
}
