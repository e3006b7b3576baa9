using Hubs.Insights.Disclosure;

namespace Hubs.Insights.Features.Tables;

/// <summary>
/// Team-based support held in the period: activities and attendances by kind (every kind), with the total.
/// </summary>
public static class TeamSupportTable
{
    public const string Title = "Team-based support by kind";

    public static IReadOnlyList<string> Kinds { get; } =
    ["team-session", "resilience-workshop", "reflective-group", "peer-support", "psychological-first-aid"];

    public static PublishedTable Publish(
        IReadOnlyList<Keyed<TeamActivityFacts>> held,
        DisclosureOptions? options = null
    ) =>
        CellTable.Publish(
            Title,
            TableRows.ByCategory(held, Kinds, a => a.Kind, "Total"),
            [
                People.Count<TeamActivityFacts>("activities", "Activities held", _ => true),
                new CountOf<TeamActivityFacts>("attendances", "Attendances", a => a.Attendance),
            ],
            hideZerosUnderSuppressedTotal: true,
            options
        );
}
