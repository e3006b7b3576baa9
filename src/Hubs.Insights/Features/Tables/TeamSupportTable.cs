using Hubs.Insights.Disclosure;

namespace Hubs.Insights.Features.Tables;

/// <summary>Team-based support held in the period: activities and attendances by kind, with totals.</summary>
public static class TeamSupportTable
{
    public const string Title = "Team-based support by kind";

    public static IReadOnlyList<string> Kinds { get; } =
        ["team-session", "resilience-workshop", "reflective-group", "peer-support", "psychological-first-aid"];

    public static PublishedTable Publish(IReadOnlyCollection<TeamActivityFacts> held)
    {
        ArgumentNullException.ThrowIfNull(held);
        var kinds = Kinds.Concat(held.Select(a => a.Kind).Where(k => !Kinds.Contains(k)).Distinct().Order(StringComparer.Ordinal)).ToList();
        DraftColumn[] columns =
        [
            new CountColumn("activities", "Activities held", kinds.Select(k => (long)held.Count(a => a.Kind == k)).ToList()),
            new CountColumn("attendances", "Attendances", kinds.Select(k => held.Where(a => a.Kind == k).Sum(a => (long)a.Attendance)).ToList()),
        ];
        return DisclosureControl.Publish(new TableDraft(Title, kinds, columns));
    }
}
