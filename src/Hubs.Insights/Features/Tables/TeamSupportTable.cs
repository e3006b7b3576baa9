using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.Wording;

namespace Hubs.Insights.Features.Tables;

/// <summary>
/// Team-based support held in the period: activities and attendances by kind (every kind), with the total.
/// </summary>
public sealed class TeamSupportTable(ITeamActivitySource source) : ITablePublisher
{
    public const string Title = CommissionerWords.Titles.TeamSupport;

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
                People.Count<TeamActivityFacts>("activities", CommissionerWords.Columns.ActivitiesHeld, _ => true),
                new CountOf<TeamActivityFacts>("attendances", CommissionerWords.Columns.Attendances, a => a.Attendance),
            ],
            hideZerosUnderSuppressedTotal: true,
            options
        );

    public IReadOnlyCollection<string> Tables { get; } = [TableCatalogue.TeamSupport];

    public async Task<PublishedTable> PublishAsync(TableScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var held = await source.LoadAsync(scope.Hubs, cancellationToken);
        return Publish(scope.InPeriod(held, a => a.HubId, a => a.Month, a => "team-activity:" + a.Key), scope.Options);
    }
}
