namespace Hubs.Web.Features.Questionnaires.Measures;

/// <summary>A brief screen's two bands: below its follow-up threshold, or at/above it.</summary>
internal static class BriefScreen
{
    public static TotalBands Bands(int positiveAt, int max) =>
        new([
            new(0, positiveAt - 1, new("negative", "Negative screen")),
            new(positiveAt, max, new("positive", "Positive screen")),
        ]);
}
