using Hubs.Web.Features.Questionnaires.Measures;

namespace Hubs.Web.Features.Questionnaires;

/// <summary>
/// Every measure Hubs scores. The answer values, scoring, bands and rules are the published ones (src/DOMAIN-RULES.md).
/// Item texts are our own short paraphrases so the data can be published with the code; the validated wording,
/// under each measure's own terms of use, should be shown before clinical use.
/// </summary>
public static class Catalogue
{
    private static readonly Dictionary<MeasureId, MeasureDefinition> Measures = new MeasureDefinition[]
    {
        Depression.Phq2,
        Depression.Phq9,
        Anxiety.Gad2,
        Anxiety.Gad7,
        Alcohol.AuditC,
        Alcohol.Audit,
        Pcl5.Definition,
        Itq.Definition,
        Isi.Definition,
        Wsas.Definition,
    }.ToDictionary(m => m.Id);

    /// <summary>All measures, in <see cref="MeasureId"/> order.</summary>
    public static IReadOnlyList<MeasureDefinition> All { get; } = [.. Measures.Values.OrderBy(m => m.Id)];

    /// <summary>The measures a Hub may add after the core screening, in catalogue order.</summary>
    public static IReadOnlyList<MeasureId> OptionalMeasures { get; } =
    [.. All.Where(m => m.Role == ScreeningRole.Optional).Select(m => m.Id)];

    public static MeasureDefinition Get(MeasureId measure) =>
        Measures.TryGetValue(measure, out var definition)
            ? definition
            : throw new ArgumentOutOfRangeException(nameof(measure), measure, "No such measure.");
}
