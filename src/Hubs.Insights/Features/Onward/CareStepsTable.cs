using Hubs.Contracts.Journeys;
using Hubs.Insights.Disclosure;

namespace Hubs.Insights.Features.Onward;

/// <summary>
/// Changes of the planned intervention in the period by the intervention changed from (every one, then the total):
/// how many stepped up, down or across. A record is one change.
/// </summary>
public static class CareStepsTable
{
    public const string Title = "Steps of care by the intervention changed from";

    /// <summary>The interventions in the order the clinical side lists them.</summary>
    public static IReadOnlyList<string> From { get; } =
    ["guided-self-help", "cbt", "trauma-focused-cbt", "emdr", "counselling", "group", "other"];

    public static PublishedTable Publish(
        IReadOnlyList<Keyed<CareStepFacts>> steps,
        DisclosureOptions? options = null
    ) =>
        CellTable.Publish(
            Title,
            Tables.TableRows.ByCategory(steps, From, s => s.From, "Total"),
            [.. OnwardCodes.Directions.Select(d => People.Count<CareStepFacts>(d, Label(d), s => s.Direction == d))],
            hideZerosUnderSuppressedTotal: true,
            options
        );

    private static string Label(string direction) =>
        direction switch
        {
            "up" => "Stepped up",
            "down" => "Stepped down",
            _ => "Changed at the same step",
        };
}
