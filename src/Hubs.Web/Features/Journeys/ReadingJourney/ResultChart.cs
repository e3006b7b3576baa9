using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Features.Journeys.ReadingJourney;

/// <summary>
/// A measure's totals laid out for a server-rendered SVG (same frame as <see cref="MeasureChart"/>): occasions evenly
/// spaced, a dashed line where each band starts, labelled with the band.
/// </summary>
public sealed record ResultChart(
    string Id,
    int Max,
    IReadOnlyList<(double Y, string Label)> Lines,
    IReadOnlyList<(double X, double Y, string Label)> Points
)
{
    public static ResultChart For(
        string id,
        int max,
        IReadOnlyList<(int At, Band Band)> thresholds,
        IReadOnlyList<(string Label, int Total)> totals
    )
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        ArgumentNullException.ThrowIfNull(totals);
        var width = MeasureChart.Width - MeasureChart.Left - MeasureChart.Right;
        var step = totals.Count > 1 ? width / (totals.Count - 1) : 0;
        double Y(int value) =>
            MeasureChart.Top + ((MeasureChart.Height - MeasureChart.Top - MeasureChart.Bottom) * (max - value) / max);
        return new(
            id,
            max,
            [.. thresholds.Select(t => (Y(t.At), $"{t.Band.Label} {t.At}+"))],
            [
                .. totals.Select(
                    (t, i) => (MeasureChart.Left + (totals.Count > 1 ? i * step : width / 2), Y(t.Total), t.Label)
                ),
            ]
        );
    }

    public string Line => string.Join(' ', Points.Select(p => $"{MeasureChart.Num(p.X)},{MeasureChart.Num(p.Y)}"));
}
