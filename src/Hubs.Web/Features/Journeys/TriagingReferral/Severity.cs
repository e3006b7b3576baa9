using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Features.Journeys.TriagingReferral;

/// <summary>A total with its severity band, as the questionnaire engine bands it ("13, moderate").</summary>
public static class Severity
{
    public static string Of(MeasureId measure, int? total)
    {
        if (total is null)
        {
            return "Not asked";
        }

        var definition = Catalogue.Get(measure);
        var band = definition.Banding.Classify(total.Value, new Dictionary<string, int>(), ScoringOptions.Default);
        return $"{total}, {band.Label.ToLowerInvariant()}";
    }
}
