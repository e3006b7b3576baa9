using Hubs.Insights.Metrics;
using Npgsql;

namespace Hubs.Insights.Features.Tables;

/// <summary>
/// Reads <see cref="JourneyFacts"/> from <c>insights.journey_facts</c>: the referral's coarse facts, which
/// are all the store holds so far. The milestone facts (screening, waits, appointments, scores, discharge)
/// arrive with the per-journey facts store of the pipeline work, whose loader replaces this one.
/// </summary>
public sealed class StoredJourneyFacts(NpgsqlDataSource dataSource) : IJourneyFactsSource
{
    private const string NotStatedCode = "not-stated";

    public async Task<IReadOnlyList<JourneyFacts>> LoadAsync(IReadOnlySet<string> hubIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hubIds);
        await using var command = dataSource.CreateCommand("""
            SELECT journey_key, hub_id, referral_month, sector, staff_group, ethnicity_group, sex, age_band, disability
            FROM insights.journey_facts
            WHERE hub_id = ANY($1) AND referral_month IS NOT NULL
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = hubIds.ToArray() });
        var facts = new List<JourneyFacts>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            facts.Add(new JourneyFacts(reader.GetString(0), reader.GetString(1), reader.GetString(2))
            {
                Sector = Stated(reader, 3),
                StaffGroup = Stated(reader, 4),
                Equity = new EquityGroups(Stated(reader, 5), Stated(reader, 6), Stated(reader, 7), Stated(reader, 8)),
            });
        }

        return facts;
    }

    /// <summary>"not-stated" and a missing value are one group.</summary>
    private static string? Stated(NpgsqlDataReader reader, int column) =>
        reader.IsDBNull(column) || reader.GetString(column) == NotStatedCode ? null : reader.GetString(column);
}
