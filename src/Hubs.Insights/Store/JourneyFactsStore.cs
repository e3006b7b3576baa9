using System.Runtime.CompilerServices;
using Hubs.Insights.Metrics;
using Npgsql;
using NpgsqlTypes;

namespace Hubs.Insights.Store;

/// <summary>
/// Loads the pseudonymous <see cref="JourneyFacts"/> the metrics compute from. Only journeys whose
/// referral has arrived are loaded: a discharge that overtook its referral waits in the store until
/// the referral lands, and then the journey counts with every milestone it has.
/// </summary>
public sealed class JourneyFactsStore(NpgsqlDataSource dataSource) : Features.Tables.IJourneyFactsSource
{
    /// <summary>The referred journeys of the given Hubs (the query layer filters further itself).</summary>
    public Task<IReadOnlyList<JourneyFacts>> LoadAsync(
        IReadOnlySet<string> hubIds,
        CancellationToken cancellationToken
    ) => LoadAsync(new JourneyFactsFilter(HubIds: hubIds), cancellationToken);

    /// <summary>Only the journeys referred in the period (its months are consecutive), read in the database.</summary>
    public Task<IReadOnlyList<JourneyFacts>> LoadAsync(
        IReadOnlySet<string> hubIds,
        Features.Tables.Period? period,
        CancellationToken cancellationToken
    ) =>
        LoadAsync(
            new JourneyFactsFilter(HubIds: hubIds, FromMonth: period?.Months[0], ToMonth: period?.Months[^1]),
            cancellationToken
        );

    /// <summary>Only the journeys that may still be waiting at the end of a month of the period (open waits).</summary>
    public Task<IReadOnlyList<JourneyFacts>> LoadMayBeWaitingAsync(
        IReadOnlySet<string> hubIds,
        Features.Tables.Period period,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(period);
        return LoadAsync(
            new JourneyFactsFilter(HubIds: hubIds, WaitingFrom: period.Months[0], WaitingTo: period.Months[^1]),
            cancellationToken
        );
    }

    public Task<IReadOnlyList<JourneyFacts>> LoadAsync(
        JourneyFactsFilter filter,
        CancellationToken cancellationToken = default
    ) => ReadAsync(dataSource.CreateCommand, filter, cancellationToken);

    /// <summary>The stored sums of the journey tables (<see cref="JourneyCellsTable"/>), summed as kept.</summary>
    public Task<IReadOnlyList<Features.Tables.JourneyCell>> LoadCellsAsync(
        IReadOnlySet<string> hubIds,
        string family,
        string? from,
        string to,
        Disclosure.RecordKeys keys,
        CancellationToken cancellationToken
    ) => JourneyCellsTable.ReadAsync(dataSource, hubIds, family, from, to, cancellationToken);

    /// <summary>
    /// The facts, read with commands made by <paramref name="command"/> (a data source's, a transaction's).
    /// </summary>
    internal static async Task<IReadOnlyList<JourneyFacts>> ReadAsync(
        Func<string, NpgsqlCommand> command,
        JourneyFactsFilter filter,
        CancellationToken cancellationToken
    )
    {
        var rows = new List<JourneyFacts>();
        await foreach (var facts in StreamAsync(command, filter, cancellationToken))
        {
            rows.Add(facts);
        }

        return rows;
    }

    /// <summary>
    /// The facts one by one as the database sends them, in journey key order; none kept.
    /// </summary>
    internal static async IAsyncEnumerable<JourneyFacts> StreamAsync(
        Func<string, NpgsqlCommand> command,
        JourneyFactsFilter filter,
        [EnumeratorCancellation] CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var query = command(JourneyFactsQuery.Sql);
        query.Parameters.Add(TextArray(filter.HubIds));
        foreach (
            var text in new[] { filter.FromMonth, filter.ToMonth, filter.Sector, filter.WaitingFrom, filter.WaitingTo }
        )
        {
            query.Parameters.Add(
                new NpgsqlParameter { Value = (object?)text ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text }
            );
        }

        query.Parameters.Add(TextArray(filter.JourneyKeys));
        await using var reader = await query.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return JourneyFactsRow.Read(reader);
        }
    }

    private static NpgsqlParameter TextArray(IReadOnlyCollection<string>? values) =>
        new()
        {
            Value = (object?)values?.ToArray() ?? DBNull.Value,
            NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text,
        };
}
