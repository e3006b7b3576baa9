using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.Tables;

namespace Hubs.Insights.Features.Pathways;

/// <summary>
/// The allocation and out-of-hours tables of the catalogue: the period picks records by their own month, each keyed
/// (an allocation by its journey's key, as a person counts everywhere; an appointment by its own).
/// </summary>
public static class PathwayTables
{
    /// <returns>The table, or null when the request is for another table.</returns>
    public static async Task<PublishedTable?> PublishAsync(
        IPathwaySource source,
        TableRequest request,
        IReadOnlySet<string> hubs,
        RecordKeys keys,
        DisclosureOptions options,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(keys);
        switch (request.Table)
        {
            case TableCatalogue.AllocationWishes:
                var allocations = await source.AllocationsAsync(hubs, cancellationToken);
                return AllocationWishesTable.Publish(
                    [
                        .. allocations
                            .Where(a => hubs.Contains(a.HubId) && request.Period.Contains(a.Month))
                            .Select(a => new Keyed<AllocationFacts>(a, keys.Of(a.JourneyKey))),
                    ],
                    request.By ?? EquityBreakdown.Default,
                    options
                );
            case TableCatalogue.OutOfHours:
                var booked = await source.AppointmentsAsync(hubs, cancellationToken);
                return OutOfHoursTable.Publish(
                    [
                        .. booked
                            .Where(a => hubs.Contains(a.HubId) && request.Period.Contains(a.Month))
                            .Select(a => new Keyed<ScheduledFacts>(a, keys.Of("appointment:" + a.Key))),
                    ],
                    request.Period,
                    options
                );
            default:
                return null;
        }
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
