namespace Hubs.Insights.Features.Tables;

/// <summary>
/// Every publisher of the catalogue's tables, registered as <see cref="ITablePublisher"/> in this order: a new table
/// is its publisher added here (and its entry in <see cref="TableCatalogue"/>), nothing else.
/// </summary>
public static class TablePublishers
{
    public static IReadOnlyList<Type> All { get; } =
    [
        typeof(JourneyTables),
        typeof(TeamSupportTable),
        typeof(ReferralSourcesTable),
        typeof(Evaluation.EvaluationTables),
        typeof(GroupSupport.ReflectiveGroupsTable),
        typeof(Onward.OnwardTables),
        typeof(Pathways.PathwayTables),
    ];

    public static IServiceCollection AddTablePublishers(this IServiceCollection services)
    {
        foreach (var publisher in All)
        {
            services.AddSingleton(typeof(ITablePublisher), publisher);
        }

        return services;
    }
}
