using Hubs.Insights.Disclosure;

namespace Hubs.Insights.Features.Tables;

/// <summary>
/// The one way pages, CSV downloads and feeds get a table of the catalogue: the caller's Hub narrows the
/// facts, the period picks the cohort, each record gets its record key, and the table is published cell by
/// cell through <see cref="CellRules"/> by the table's <see cref="ITablePublisher"/>.
/// </summary>
public sealed class InsightsQueries(IRecordKeySource recordKeys, IEnumerable<ITablePublisher> publishers)
{
    private readonly Dictionary<string, ITablePublisher> byTable = publishers
        .SelectMany(p => p.Tables.Select(table => KeyValuePair.Create(table, p)))
        .ToDictionary(StringComparer.Ordinal);

    /// <summary>The disclosure rules; only tests change them (to see the true figures an attacker is after).</summary>
    public DisclosureOptions Options { get; init; } = DisclosureOptions.Default;

    /// <summary>
    /// The table, or null when it names a Hub that is not one of the caller's (their <c>hub</c> claims).
    /// </summary>
    public async Task<PublishedTable?> PublishAsync(
        TableRequest request,
        IReadOnlySet<string> callerHubs,
        CancellationToken cancellationToken
    ) => (await PublishAllAsync([request], callerHubs, cancellationToken))[0];

    /// <summary>Several tables (one page's) from one read of the facts; each as <see cref="PublishAsync"/>.</summary>
    public async Task<IReadOnlyList<PublishedTable?>> PublishAllAsync(
        IEnumerable<TableRequest> requests,
        IReadOnlySet<string> callerHubs,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentNullException.ThrowIfNull(callerHubs);
        var tables = new List<PublishedTable?>();
        TableScope? page = null;
        foreach (var request in requests)
        {
            ArgumentNullException.ThrowIfNull(request);
            var byHub = request.Table == TableCatalogue.Hubs;
            if (!byHub && (request.Hub is null || !callerHubs.Contains(request.Hub)))
            {
                tables.Add(null);
                continue;
            }

            IReadOnlySet<string> hubs = byHub
                ? callerHubs
                : new HashSet<string>(StringComparer.Ordinal) { request.Hub! };
            if (TableCatalogue.Find(request.Table) is { } info && !info.Publishes(request.Period))
            {
                throw new ArgumentException(
                    $"The {request.Table} table is not published by month (validators refuse it).",
                    nameof(requests)
                );
            }

            var publisher = byTable.TryGetValue(request.Table, out var found)
                ? found
                : throw new ArgumentException($"Unknown table '{request.Table}'.", nameof(requests));
            page = page?.For(request, hubs)
                ?? new TableScope(request, hubs, await recordKeys.GetAsync(cancellationToken), Options);
            tables.Add(await publisher.PublishAsync(page, cancellationToken));
        }

        return tables;
    }
}
