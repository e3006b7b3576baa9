using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Features.Publishing;

/// <summary>
/// A screening total as its severity band and caseness, by the questionnaire engine's own definitions.
/// </summary>
internal static class MeasureBands
{
    private static readonly Dictionary<string, int> NoAnswers = [];

    public static (string? Band, bool? Caseness) Of(MeasureId measure, int? total)
    {
        if (total is not { } value)
        {
            return (null, null);
        }

        var definition = Catalogue.Get(measure);
        return (
            definition.Banding.Classify(value, NoAnswers, ScoringOptions.Default).Code,
            value >= definition.CasenessAt
        );
    }
}
