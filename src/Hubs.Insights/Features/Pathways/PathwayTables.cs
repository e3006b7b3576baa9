using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.Tables;

namespace Hubs.Insights.Features.Pathways;

/// <summary>
/// The allocation and out-of-hours tables of the catalogue: the period picks records by their own month, each keyed
/// (an allocation by its journey's key, as a person counts everywhere; an appointment by its own).
/// </summary>
public sealed class PathwayTables(IPathwaySource? source = null) : ITablePublisher
{
    private readonly IPathwaySource source = source ?? NoPathways.Instance;

    public IReadOnlyCollection<string> Tables { get; } = [TableCatalogue.AllocationWishes, TableCatalogue.OutOfHours];

    public async Task<PublishedTable> PublishAsync(TableScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.Request.Table == TableCatalogue.AllocationWishes)
        {
            var allocations = await source.AllocationsAsync(scope.Hubs, cancellationToken);
            return AllocationWishesTable.Publish(
                scope.InPeriod(allocations, a => a.HubId, a => a.Month, a => a.JourneyKey),
                scope.Request.By ?? EquityBreakdown.Default,
                scope.Options
            );
        }

        var booked = await source.AppointmentsAsync(scope.Hubs, cancellationToken);
        return OutOfHoursTable.Table.Publish(
            scope.InPeriod(booked, a => a.HubId, a => a.Month, a => "appointment:" + a.Key),
            scope.Period,
            scope.Options
        );
    }
}

/// <summary>No allocations or appointments: the source of a query layer built without the store.</summary>
public sealed class NoPathways : IPathwaySource
{
    public static NoPathways Instance { get; } = new();

    public Task<IReadOnlyList<AllocationFacts>> AllocationsAsync(
        IReadOnlySet<string> hubIds,
        CancellationToken cancellationToken
    ) => Task.FromResult<IReadOnlyList<AllocationFacts>>([]);

    public Task<IReadOnlyList<ScheduledFacts>> AppointmentsAsync(
        IReadOnlySet<string> hubIds,
        CancellationToken cancellationToken
    ) => Task.FromResult<IReadOnlyList<ScheduledFacts>>([]);
}
