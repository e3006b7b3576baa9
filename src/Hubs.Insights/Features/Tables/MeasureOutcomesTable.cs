using Hubs.Contracts.Journeys;
using Hubs.Insights.Disclosure;
using Hubs.Insights.Metrics;

namespace Hubs.Insights.Features.Tables;

/// <summary>A finished course's first and last result of one measure.</summary>
public sealed record MeasuredJourney(JourneyRecord Journey, MeasurePair Pair);

/// <summary>
/// Outcome by measure (src/DOMAIN-RULES.md, "Outcome by measure"): one row per measure beyond PHQ-9 and GAD-7, of
/// the courses finished with a first and a last result of it; at caseness at the first result, and recovery (at
/// caseness at the first, not at the last) of those. No total row: one person may be in several rows.
/// </summary>
public static class MeasureOutcomesTable
{
    public const string Title = "Outcome by measure of finished courses";

    /// <summary>The rows' measure codes, in order: PTSD, alcohol, insomnia, functioning.</summary>
    public static IReadOnlyList<string> Codes { get; } =
    [MeasureCodes.Pcl5, MeasureCodes.Itq, MeasureCodes.AuditC, MeasureCodes.Audit, MeasureCodes.Isi, MeasureCodes.Wsas];

    internal static readonly Measure<MeasuredJourney>[] Columns =
    [
        People.Count<MeasuredJourney>("paired", "Finished with a first and last result", _ => true),
        People.Rate<MeasuredJourney>(
            "caseness",
            "At caseness at the first result",
            m => m.Pair.FirstAtCaseness,
            _ => true
        ),
        People.Rate<MeasuredJourney>("recovery", "Recovery rate", m => m.Pair.Recovered, m => m.Pair.FirstAtCaseness),
    ];
}
